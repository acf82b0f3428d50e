package io.billingpilot.guide.model;

import io.billingpilot.core.Layout;
import io.billingpilot.core.LegacyReport;
import io.billingpilot.core.Texts;
import io.billingpilot.state.ConsoleState;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the extension last reported from the AWS console, as short sentences next to the
 * steps: what is ticked, what the bucket field holds and how it differs from the session's
 * bucket. Values from the console are quoted with {@link Texts#clip}; they are untrusted.
 */
public final class ConsoleSummary {
    /** OK: as it should be; TODO: still to do; PROBLEM: will stop delivery; INFO: for orientation. */
    public enum Kind { OK, TODO, PROBLEM, INFO }

    public record Observation(Kind kind, String text) {
    }

    private ConsoleSummary() {
    }

    public static List<Observation> of(ConsoleState console, String bucket, ConsoleLabels labels) {
        List<Observation> seen = new ArrayList<>();
        if (console == null) {
            return seen;
        }
        // Which Billing preferences layout it is, the layout panel says; only the S3 console needs a word here.
        boolean billingPage = console.onBillingPreferences();
        if (!billingPage) {
            seen.add(new Observation(Kind.INFO, "The extension last saw " + pageName(console.layout())
                    + ", not Billing preferences."));
        }
        if (billingPage && console.enableReports() != null) {
            String label = labels.target(console.layout(), "enable-reports");
            seen.add(console.enableReports()
                    ? new Observation(Kind.OK, "“" + label + "” is ticked.")
                    : new Observation(Kind.TODO, "“" + label + "” is not ticked yet."));
        }
        if (billingPage || console.bucketField() != null) {
            seen.add(bucketField(console.bucketField(), bucket));
        }
        if (billingPage && console.reports() != null) {
            seen.add(reports(console.layout(), console.reports(), labels));
        }
        return seen;
    }

    private static String pageName(Layout layout) {
        return switch (layout) {
            case S3 -> "the S3 console";
            case DATA_EXPORTS -> "the Data Exports pages";
            case CUR -> "the Cost and Usage Reports pages";
            default -> "layout " + layout.key();
        };
    }

    public static Observation bucketField(String field, String bucket) {
        if (field == null || field.isEmpty()) {
            return new Observation(Kind.TODO, "The bucket field is empty.");
        }
        String shown = "“" + Texts.clip(field) + "”";
        if (bucket == null) {
            return new Observation(Kind.INFO, "The bucket field holds " + shown + ".");
        }
        if (field.equals(bucket)) {
            return new Observation(Kind.OK, "The bucket field holds your bucket, " + shown + ".");
        }
        String mine = "“" + Texts.clip(bucket) + "”";
        if (field.equalsIgnoreCase(bucket)) {
            return new Observation(Kind.PROBLEM, "The bucket field holds " + shown
                    + " — it differs from your bucket " + mine + " in letter case. Bucket names are lowercase.");
        }
        if (field.strip().equals(bucket)) {
            return new Observation(Kind.PROBLEM, "The bucket field holds " + shown
                    + " — there are spaces around your bucket's name.");
        }
        if (field.strip().toLowerCase(Locale.ROOT).equals(bucket)) {
            return new Observation(Kind.PROBLEM, "The bucket field holds " + shown
                    + " — it differs from your bucket " + mine + " in letter case and has spaces around it.");
        }
        return new Observation(Kind.PROBLEM, "The bucket field holds " + shown + ", not your bucket " + mine + ".");
    }

    public static Observation reports(Layout layout, Set<LegacyReport> ticked, ConsoleLabels labels) {
        List<String> missing = new ArrayList<>();
        for (LegacyReport report : LegacyReport.values()) {
            if (!ticked.contains(report)) {
                missing.add("“" + labels.target(layout, report.target()) + "”");
            }
        }
        String count = "The console shows " + ticked.size() + " of " + LegacyReport.values().length + " reports ticked.";
        if (missing.isEmpty()) {
            return new Observation(Kind.OK, count);
        }
        String text = count + " Not ticked: " + String.join(", ", missing) + ".";
        // Accounts that never had Detailed Billing see only some reports in some layouts (the table says which).
        Set<LegacyReport> newAccount = labels.newAccountReports(layout);
        if (!newAccount.isEmpty() && ticked.containsAll(newAccount)) {
            return new Observation(Kind.OK, text + " Accounts without Detailed Billing do not see the detailed reports;"
                    + " that is fine.");
        }
        return new Observation(Kind.TODO, text);
    }
}

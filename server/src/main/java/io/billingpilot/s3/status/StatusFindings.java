package io.billingpilot.s3.status;

import io.billingpilot.core.Finding;
import io.billingpilot.core.LegacyReport;
import io.billingpilot.core.ReportType;
import io.billingpilot.policy.PolicyAnalyzer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the admin should know about the delivery: nothing yet, gaps, a late current month, mixed accounts. */
final class StatusFindings {
    /** Until this day of the month a missing current-month file is normal (the first file can take a day). */
    static final int GRACE_DAYS = 2;

    private StatusFindings() {
    }

    static List<Finding> of(StatusRequest request, List<SourceStatus> sources, ReportFile verificationObject,
                            LocalDate today, boolean searchIncomplete) {
        List<Finding> findings = new ArrayList<>();
        String verify = "billing-pilot verify --bucket " + request.bucket() + " --report " + request.report().id();
        if (sources.stream().noneMatch(SourceStatus::hasFiles)) {
            findings.add(Finding.error("no-reports-yet", "No " + request.report().title() + " files have arrived in '"
                    + request.bucket() + "' yet.", "The first files arrive within 24 hours of turning delivery on; "
                    + "if it has been longer, run '" + verify + "'."
                    + (searchIncomplete ? " The search stopped at its limits: give the report's folder with --prefix." : "")));
        } else if (searchIncomplete) {
            findings.add(Finding.warning("search-incomplete", "The bucket has too many folders to search them all.",
                    "Give the report's folder with --prefix."));
        }
        if (request.report() == ReportType.DBR && sources.stream().filter(SourceStatus::hasFiles).count() > 1) {
            findings.add(Finding.warning("several-accounts", "Files of several payer accounts share this bucket.",
                    "This works, but monitoring tools expect one account per bucket: give each its own bucket."));
        }
        YearMonth current = YearMonth.from(today);
        for (SourceStatus source : sources) {
            gaps(source, current, today, verify, findings);
        }
        findings.add(verificationObject == null
                ? Finding.info("verification-object", "AWS's verification object " + PolicyAnalyzer.TEST_OBJECT
                + " is not in the bucket.", request.report() == ReportType.DBR
                ? "It appears when Verify is clicked on the Billing preferences page."
                : "The Billing preferences page's Verify writes it; whether creating a report or export does is unverified, "
                + "so its absence says nothing here.")
                : Finding.info("verification-object", "AWS's verification object " + verificationObject.key()
                + (verificationObject.lastModified() == null ? " is in the bucket"
                : " was written " + verificationObject.lastModified()) + ": the console's Verify reached the bucket.", ""));
        return findings;
    }

    private static void gaps(SourceStatus source, YearMonth current, LocalDate today, String verify,
                             List<Finding> findings) {
        if (!source.hasFiles()) {
            return;
        }
        Map<String, List<String>> pastGaps = new LinkedHashMap<>();
        for (MonthRow row : source.months()) {
            boolean thisMonth = row.month().equals(current.toString());
            for (String kind : row.missing()) {
                if (thisMonth) {
                    findings.add(today.getDayOfMonth() <= GRACE_DAYS
                            ? Finding.info("not-yet", source.name() + ": no " + title(kind) + " for " + row.month()
                            + " yet; the month's first file usually arrives within a day.", "")
                            : Finding.warning("late", source.name() + ": no " + title(kind) + " for " + row.month()
                            + " yet.", "The current month's file is normally rewritten several times a day; run '"
                            + verify + "' to see whether delivery still works."));
                } else {
                    pastGaps.computeIfAbsent(kind, k -> new ArrayList<>()).add(row.month());
                }
            }
        }
        pastGaps.forEach((kind, months) -> findings.add(Finding.warning("missing-months", source.name() + ": no "
                + title(kind) + " for " + String.join(", ", months) + ".", "Delivery stops when the bucket policy "
                + "or the bucket's owner changes; run '" + verify + "'.")));
    }

    private static String title(String kind) {
        LegacyReport legacy = LegacyReport.byKey(kind);
        return legacy != null ? legacy.title().toLowerCase(java.util.Locale.ROOT) : kind;
    }
}

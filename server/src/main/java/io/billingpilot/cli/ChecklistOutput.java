package io.billingpilot.cli;

import io.billingpilot.core.Finding;
import io.billingpilot.s3.verify.CheckItem;
import io.billingpilot.s3.verify.CheckStatus;
import io.billingpilot.s3.verify.Checklist;

import java.io.PrintStream;
import java.util.Locale;

/** The verify checklist for people: one line an item, the fix beside it, a policy's own findings below it. */
final class ChecklistOutput {
    private ChecklistOutput() {
    }

    static void text(PrintStream out, Checklist checklist) {
        for (CheckItem item : checklist.items()) {
            String status = item.status() == CheckStatus.FAIL ? "FAIL" : item.status().id();
            String line = "  " + String.format(Locale.ROOT, "%-8s", status) + " " + item.title() + ": " + item.message();
            if (!item.fix().isEmpty() && item.status() != CheckStatus.PASS) {
                line += "  Fix: " + item.fix();
            }
            out.println(line);
            if (item.details().size() > 1) {
                for (Finding detail : item.details()) {
                    out.println("             - " + detail.severity().jsonName() + ": " + detail.message()
                            + (detail.fix().isEmpty() ? "" : "  Fix: " + detail.fix()));
                }
            }
        }
    }

    static String summary(Checklist checklist) {
        long fails = checklist.count(CheckStatus.FAIL);
        long warnings = checklist.count(CheckStatus.WARNING);
        long unknown = checklist.count(CheckStatus.UNKNOWN);
        return switch (checklist.outcome()) {
            case FINE -> "Nothing to fix" + (warnings > 0 ? " (" + warnings + " warning" + plural(warnings) + ")" : "")
                    + (unknown > 0 ? "; " + unknown + " not known." : ".");
            case FINDINGS -> fails + " thing" + plural(fails) + " to fix" + (warnings > 0 ? ", " + warnings
                    + " warning" + plural(warnings) : "") + ".";
            case COULD_NOT_CHECK -> "Could not check the bucket; see the first unknown line.";
        };
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}

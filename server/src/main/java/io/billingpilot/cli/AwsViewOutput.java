package io.billingpilot.cli;

import io.billingpilot.exports.aws.DataExportsClient;
import io.billingpilot.exports.watch.AwsView;
import io.billingpilot.policy.DiffLine;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** AWS's own view of an export or legacy report, for people: health, the last runs, the policy fix as a diff. */
final class AwsViewOutput {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private AwsViewOutput() {
    }

    static void text(PrintStream out, AwsView view) {
        String what = (view.request().dataExport() ? "the export '" : "the report '") + view.request().name() + "'";
        if (!view.checked()) {
            out.println("AWS's view of " + what + ": could not be read.");
            return;
        }
        if (view.export() != null) {
            DataExportsClient.Status status = view.export().status();
            out.println("AWS's view of " + what + ": " + (status == null ? "no status"
                    : status.statusCode() + (status.statusReason() == null ? "" : " (" + status.statusReason() + ")")
                    + (status.lastRefreshedAt() == null ? ", not refreshed yet" : ", last refreshed "
                    + time(status.lastRefreshedAt()))));
            out.println("  delivers to s3://" + view.export().bucket() + "/" + view.export().prefix()
                    + " in " + view.export().bucketRegion());
            for (DataExportsClient.Execution run : view.runs()) {
                out.println("  run " + time(run.completedAt() != null ? run.completedAt() : run.createdAt()) + "  "
                        + run.statusCode() + (run.statusReason() == null ? "" : " (" + run.statusReason() + ")"));
            }
        } else if (view.report() != null) {
            out.println("AWS's view of " + what + ": lastStatus " + (view.report().lastStatus() == null ? "none yet"
                    : view.report().lastStatus()) + ", lastDelivery " + (view.report().lastDelivery() == null ? "none yet"
                    : view.report().lastDelivery()));
            out.println("  delivers to s3://" + view.report().bucket() + "/" + view.report().prefix() + " in "
                    + view.report().bucketRegion());
        } else {
            out.println("AWS's view of " + what + ": not found.");
        }
        if (view.policyFix() != null && view.policyFix().changes()) {
            out.println("The merged policy, as a diff against the bucket's policy:");
            for (DiffLine line : view.policyFix().diff()) {
                out.println(switch (line.kind()) {
                    case ADDED -> "+ ";
                    case REMOVED -> "- ";
                    case SAME -> "  ";
                } + line.text());
            }
        }
    }

    private static String time(Instant at) {
        return at == null ? "?" : TIME.format(at);
    }
}

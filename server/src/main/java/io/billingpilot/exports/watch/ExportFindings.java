package io.billingpilot.exports.watch;

import io.billingpilot.core.Finding;
import io.billingpilot.exports.aws.CurReportsClient;
import io.billingpilot.exports.aws.DataExportsClient;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * AWS's own delivery status as findings with fixes (reference §10): a Data Export's health and
 * reason and its last runs; a legacy report's lastStatus and lastDelivery.
 */
final class ExportFindings {
    /** The code of a finding whose fix is the merged bucket policy. */
    static final String PERMISSIONS = "aws-insufficient-permission";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LAST_DELIVERY = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

    private ExportFindings() {
    }

    static List<Finding> ofExport(WatchRequest request, DataExportsClient.Details export,
                                  List<DataExportsClient.Execution> runs) {
        List<Finding> findings = new ArrayList<>();
        otherBucket(request, export.bucket(), export.prefix(), findings);
        DataExportsClient.Status status = export.status();
        String reason = status == null ? null : status.statusReason();
        if (status != null && !status.healthy()) {
            findings.add(unhealthy(request, reason));
        }
        DataExportsClient.Execution last = runs.isEmpty() ? null : runs.get(0);
        if (last != null && last.failed()) {
            boolean permissions = "INSUFFICIENT_PERMISSION".equals(last.statusReason());
            if (!(permissions && "INSUFFICIENT_PERMISSION".equals(reason))) {
                findings.add(permissions ? permissions(request, "Its last run failed: AWS may not write into the bucket.")
                        : Finding.error("aws-last-run-failed", "The last run of " + ExportWatch.what(request) + " ended in "
                        + last.statusCode() + (last.statusReason() == null ? "" : " (" + last.statusReason() + ")")
                        + shown(last.completedAt(), " at ") + ".", "AWS runs it again at the next refresh (at least"
                        + " daily); if the next run fails too, look at the export in the console's Data Exports page."));
            }
        } else if (last != null && last.succeeded() && (status == null || status.healthy())) {
            findings.add(Finding.info("aws-delivered", "AWS delivered " + ExportWatch.what(request)
                    + shown(last.completedAt(), " at ") + " (DELIVERY_SUCCESS).", ""));
        } else if (last == null && (status == null || status.healthy())) {
            findings.add(Finding.info("aws-waiting", "AWS has not run " + ExportWatch.what(request) + " yet"
                    + (status == null ? "" : shown(status.createdAt(), "; it was created at ")) + ".",
                    "The first delivery comes within 24 hours of the creation."));
        }
        return findings;
    }

    private static Finding unhealthy(WatchRequest request, String reason) {
        String about = ExportWatch.what(request);
        if (reason == null) {
            return Finding.error("aws-unhealthy", "AWS marks " + about + " UNHEALTHY, without a reason.",
                    "Look at the export in the console's Data Exports page.");
        }
        return switch (reason) {
            case "INSUFFICIENT_PERMISSION" -> permissions(request, "AWS marks it UNHEALTHY: INSUFFICIENT_PERMISSION.");
            case "BILL_OWNER_CHANGED" -> Finding.error("aws-bill-owner-changed", "AWS marks " + about
                    + " UNHEALTHY: BILL_OWNER_CHANGED (the account joined or left an organization, so another account"
                    + " pays the bill now).", "Create the export again from the account that pays the bill now (the"
                    + " organization's management account) and delete this one.");
            case "INTERNAL_FAILURE" -> Finding.warning("aws-internal-failure", "AWS marks " + about
                    + " UNHEALTHY: INTERNAL_FAILURE, a fault on AWS's side.", "Wait for the next refresh (up to 24"
                    + " hours); if it stays unhealthy, contact AWS Support with the export's ARN.");
            case "DEPRECATED" -> Finding.warning("aws-deprecated", "AWS marks " + about + " UNHEALTHY: DEPRECATED"
                    + " (its table version is retired).", "Create a new export of the current table (CUR 2.0 or"
                    + " FOCUS 1.2) and delete this one.");
            default -> Finding.error("aws-unhealthy", "AWS marks " + about + " UNHEALTHY: "
                    + io.billingpilot.core.Texts.clip(reason) + ".", "Look at the export in the console's Data Exports page.");
        };
    }

    private static Finding permissions(WatchRequest request, String what) {
        return Finding.error(PERMISSIONS, ExportWatch.what(request).substring(0, 1).toUpperCase(Locale.ROOT)
                + ExportWatch.what(request).substring(1) + ": " + what + " The bucket policy no longer lets the writer"
                + " deliver (edited, replaced, or the bucket changed owner).", request.account() == null
                ? "Give the payer account (--account) to see the merged policy, then write it with billing-pilot"
                + " apply-policy." : "Write the merged policy shown with its diff: billing-pilot apply-policy --bucket "
                + request.bucket() + " --report " + request.report().id() + " --account " + request.account() + " --yes");
    }

    static List<Finding> ofReport(WatchRequest request, CurReportsClient.Report report) {
        List<Finding> findings = new ArrayList<>();
        otherBucket(request, report.bucket(), report.prefix(), findings);
        String when = lastDelivery(report.lastDelivery());
        String status = report.lastStatus();
        if (status == null) {
            findings.add(Finding.info("aws-waiting", "AWS has not delivered " + ExportWatch.what(request) + " yet.",
                    "The first delivery comes within 24 hours of the creation."));
        } else if (status.equals("SUCCESS")) {
            findings.add(Finding.info("aws-delivered", "AWS delivered " + ExportWatch.what(request)
                    + (when == null ? "" : " at " + when) + " (lastStatus SUCCESS).", ""));
        } else if (status.equals("ERROR_PERMISSIONS")) {
            findings.add(permissions(request, "AWS's last delivery failed with ERROR_PERMISSIONS"
                    + (when == null ? "." : " (last delivered " + when + ").")));
        } else if (status.equals("ERROR_NO_BUCKET")) {
            findings.add(Finding.error("aws-no-bucket", "AWS cannot find the bucket of " + ExportWatch.what(request)
                    + " (lastStatus ERROR_NO_BUCKET). As AWS sees it, the bucket is '" + report.bucket()
                    + "' in " + report.bucketRegion() + ".", "Create the bucket '" + report.bucket() + "' in "
                    + report.bucketRegion() + " (the name is exact, letter case included), or create the report"
                    + " again for the bucket you have."));
        } else {
            findings.add(Finding.warning("aws-report-status", "AWS reports lastStatus "
                    + io.billingpilot.core.Texts.clip(status) + " for " + ExportWatch.what(request) + ".", ""));
        }
        return findings;
    }

    private static void otherBucket(WatchRequest request, String bucket, String prefix, List<Finding> findings) {
        if (request.bucket() != null && bucket != null && !request.bucket().equals(bucket)) {
            findings.add(Finding.error("aws-other-bucket", ExportWatch.what(request).substring(0, 1).toUpperCase(Locale.ROOT)
                    + ExportWatch.what(request).substring(1) + " delivers to the bucket '" + bucket + "'"
                    + (prefix == null || prefix.isEmpty() ? "" : " under '" + prefix + "'") + ", not to '"
                    + request.bucket() + "'.", "Check '" + bucket + "' instead, or create an export for '"
                    + request.bucket() + "'."));
        }
    }

    private static String shown(Instant at, String lead) {
        return at == null ? "" : lead + SHOWN.format(at);
    }

    /** lastDelivery as AWS writes it, {@code 20261130T101500Z}, for people; null when absent or unreadable. */
    static String lastDelivery(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return SHOWN.format(LocalDateTime.parse(value, LAST_DELIVERY).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return io.billingpilot.core.Texts.clip(value);
        }
    }
}

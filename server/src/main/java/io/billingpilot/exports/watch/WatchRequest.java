package io.billingpilot.exports.watch;

import io.billingpilot.core.AccountId;
import io.billingpilot.core.ExportName;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;

/**
 * Which export or report to ask AWS about, and the bucket it should deliver to (for the cross-check
 * and for the policy fix).
 *
 * @param account the payer account, for the policy fix; null when unknown (the fix then names it generically)
 */
public record WatchRequest(ExportName name, String bucket, String account, Partition partition) {
    /**
     * @param report data-exports or cur; the legacy detailed billing reports have no API to ask
     */
    public static WatchRequest parse(ReportType report, String name, String bucket, String account, Partition partition) {
        if (report == ReportType.DBR) {
            throw new InvalidInputException("Only Data Exports (--export NAME) and legacy Cost and Usage Reports"
                    + " (--report cur --name NAME) have a delivery status at AWS.");
        }
        return new WatchRequest(ExportName.parse(report, name), bucket, AccountId.parse(account),
                partition == null ? Partition.DEFAULT : partition);
    }

    /**
     * The export to watch along with a bucket listing, or null when there is none: the legacy detailed
     * billing reports have no API, and nothing is watched before the export has a name.
     */
    public static WatchRequest optional(ReportType report, String name, String bucket, String account,
                                        Partition partition) {
        if (report == null || report == ReportType.DBR || name == null || name.isBlank()) {
            return null;
        }
        return parse(report, name, bucket, account, partition);
    }

    public ReportType report() {
        return name.report();
    }

    public boolean dataExport() {
        return name.report() == ReportType.DATA_EXPORTS;
    }
}

package io.billingpilot.s3.status;

import io.billingpilot.core.AccountId;
import io.billingpilot.core.BucketName;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.LegacyReport;
import io.billingpilot.core.Regions;
import io.billingpilot.core.ReportType;

import java.util.Set;

/**
 * What to look for: the bucket, the report, the payer account when known (else it is found
 * from the file names), the region to try first, and for CUR and Data Exports the folder to
 * start looking from (else the bucket is searched folder by folder, within limits).
 *
 * @param expected legacy reports that should arrive even if none has yet (the console's ticked reports)
 */
public record StatusRequest(String bucket, ReportType report, String account, String region, String prefix,
                            Set<LegacyReport> expected) {
    public static final int MAX_PREFIX_CHARS = 512;

    public StatusRequest {
        expected = Set.copyOf(expected == null ? Set.of() : expected);
    }

    public static StatusRequest parse(String bucket, String report, String account, String region, String prefix) {
        return new StatusRequest(BucketName.require(bucket), ReportType.parse(report), AccountId.parse(account),
                Regions.parse(region), folder(prefix), Set.of());
    }

    public StatusRequest expecting(Set<LegacyReport> reports) {
        return new StatusRequest(bucket, report, account, region, prefix, reports);
    }

    /** "cur/metricly" and "/cur/metricly/" both mean the folder "cur/metricly/"; empty means the whole bucket. */
    private static String folder(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String trimmed = value.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.length() > MAX_PREFIX_CHARS || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("The prefix must be a folder path of at most " + MAX_PREFIX_CHARS
                    + " characters without control characters.");
        }
        return trimmed.isEmpty() || trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }
}

package io.billingpilot.state;

import java.time.Instant;

/**
 * What the browser extension last saw on the AWS console. {@code layout} is A, B or C (the
 * three Billing Preferences layouts) or s3 (the S3 console).
 */
public record ConsoleState(String layout, Boolean enableReports, String bucketField, Reports reports, Instant seenAt) {

    /** The four legacy report checkboxes. */
    public record Reports(boolean monthly, boolean detailed, boolean costAllocation, boolean detailedTags) {
        public int tickedCount() {
            return (monthly ? 1 : 0) + (detailed ? 1 : 0) + (costAllocation ? 1 : 0) + (detailedTags ? 1 : 0);
        }
    }
}

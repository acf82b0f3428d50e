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
            return ticked().size();
        }

        /** The ticked checkboxes by their API names (monthly, detailed, costAllocation, detailedTags). */
        public java.util.Set<String> ticked() {
            java.util.Set<String> ids = new java.util.LinkedHashSet<>();
            if (monthly) {
                ids.add("monthly");
            }
            if (detailed) {
                ids.add("detailed");
            }
            if (costAllocation) {
                ids.add("costAllocation");
            }
            if (detailedTags) {
                ids.add("detailedTags");
            }
            return ids;
        }
    }
}

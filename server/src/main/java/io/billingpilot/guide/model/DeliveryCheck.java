package io.billingpilot.guide.model;

import io.billingpilot.exports.watch.AwsView;
import io.billingpilot.s3.status.DeliveryStatus;
import io.billingpilot.s3.status.SourceStatus;

import java.time.Instant;

/**
 * One look at what has arrived in the session's bucket, for the delivery step.
 *
 * @param status    the files found, month by month, or null when nothing could be looked at
 * @param problem   why the bucket could not be looked at (no bucket yet), or null
 * @param checkedAt when the look was taken
 * @param aws       what AWS itself says about the session's export or legacy report, or null when none is named
 */
public record DeliveryCheck(DeliveryStatus status, String problem, Instant checkedAt, AwsView aws) {
    public DeliveryCheck(DeliveryStatus status, String problem, Instant checkedAt) {
        this(status, problem, checkedAt, null);
    }

    /** Whether any report file has arrived: the page stops refreshing itself then. */
    public boolean arrived() {
        return status != null && status.sources().stream().anyMatch(SourceStatus::hasFiles);
    }
}

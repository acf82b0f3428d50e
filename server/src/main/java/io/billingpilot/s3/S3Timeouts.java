package io.billingpilot.s3;

import java.time.Duration;

/**
 * How long one S3 call may take. Every call has an attempt timeout and an overall timeout
 * (which also bounds the retries), so no check can hang the guide or the command line.
 *
 * @param apiCall     the whole call, retries and back-off included
 * @param attempt     one HTTP attempt
 * @param connect     opening a connection
 * @param maxAttempts attempts per call (1 = no retry); throttling and 5xx answers are retried with back-off
 */
public record S3Timeouts(Duration apiCall, Duration attempt, Duration connect, int maxAttempts) {
    public static final S3Timeouts DEFAULT = new S3Timeouts(Duration.ofSeconds(20), Duration.ofSeconds(6),
            Duration.ofSeconds(3), 3);

    public S3Timeouts {
        if (attempt.compareTo(apiCall) > 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("an attempt must fit in the call and there must be one attempt at least");
        }
    }
}

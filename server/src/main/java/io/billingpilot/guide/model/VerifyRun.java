package io.billingpilot.guide.model;

import io.billingpilot.s3.verify.VerifyResult;

/**
 * What the Verify panel shows: nothing yet, the checklist, or why the checks could not start
 * (no bucket, no payer account). Missing credentials are an item of the checklist itself.
 */
public record VerifyRun(VerifyResult result, String problem) {
    public static final VerifyRun NONE = new VerifyRun(null, null);

    public static VerifyRun of(VerifyResult result) {
        return new VerifyRun(result, null);
    }

    public static VerifyRun refused(String problem) {
        return new VerifyRun(null, problem);
    }
}

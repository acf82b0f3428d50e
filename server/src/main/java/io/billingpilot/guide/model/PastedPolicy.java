package io.billingpilot.guide.model;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.policy.MergedPolicy;
import io.billingpilot.policy.PolicyAnalysis;
import io.billingpilot.policy.PolicyAnalyzer;
import io.billingpilot.policy.PolicyRequest;
import io.billingpilot.state.SessionState;
import io.billingpilot.web.RequestBodies;

/**
 * A bucket policy pasted on the reports step: its findings and the billing statements merged
 * into it, for the session's bucket. The pasted text lives only in this object, for the one
 * answer that shows it; it is never stored.
 *
 * @param pasted       the text as pasted (null when nothing was)
 * @param problem      why nothing could be checked (too large, no payer account), or null
 * @param analysis     the findings for the pasted policy, or null when nothing was checked
 * @param merge        the merged policy, or null when nothing could be merged
 * @param mergeProblem why the text cannot be merged into, or null
 */
public record PastedPolicy(String pasted, String problem, PolicyAnalysis analysis, MergedPolicy merge,
                          String mergeProblem) {
    /** Nothing pasted yet. */
    public static final PastedPolicy NONE = new PastedPolicy(null, null, null, null, null);

    public static PastedPolicy of(String pasted, SessionState state) {
        if (pasted == null || pasted.isBlank()) {
            return new PastedPolicy(pasted, null, null, null, null);
        }
        PolicyRequest request;
        try {
            request = SessionPolicies.request(state);
        } catch (InvalidInputException e) {
            return new PastedPolicy(pasted, e.getMessage(), null, null, null);
        }
        PolicyAnalysis analysis = PolicyAnalyzer.analyze(pasted, request);
        try {
            return new PastedPolicy(pasted, null, analysis, MergedPolicy.of(pasted, request), null);
        } catch (InvalidInputException e) {
            return new PastedPolicy(pasted, null, analysis, null, e.getMessage());
        }
    }

    /** Text beyond the request limit, which is not read at all. */
    public static PastedPolicy tooLarge() {
        return new PastedPolicy(null, "The pasted text is larger than " + RequestBodies.MAX_BODY_BYTES / 1024
                + " KiB, more than this page accepts, and S3 keeps bucket policies under 20 KB. Paste only the bucket's "
                + "policy: the text of its Bucket policy editor, or the output of aws s3api get-bucket-policy.",
                null, null, null);
    }

    /** Whether the check was refused outright (the answer is then a 422). */
    public boolean refused() {
        return problem != null;
    }
}

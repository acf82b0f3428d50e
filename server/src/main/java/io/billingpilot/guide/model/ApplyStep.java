package io.billingpilot.guide.model;

import io.billingpilot.s3.actions.PolicyApplier;
import io.billingpilot.s3.actions.PolicyPreview;

/**
 * Where the "apply the merged policy" panel stands: nothing yet, a diff waiting for the admin's
 * confirmation, the policy written, or why not. A refusal can come with a new diff to confirm
 * (the bucket's policy changed after the first one was shown).
 *
 * @param preview the diff to confirm, with the fingerprint of the policy it was made from, or null
 * @param applied what the confirmed apply did, or null
 * @param problem why nothing was written, or null
 * @param fix     what to do about the problem ("" when nothing)
 */
public record ApplyStep(PolicyPreview preview, PolicyApplier.Applied applied, String problem, String fix) {
    public static final ApplyStep NONE = new ApplyStep(null, null, null, "");

    public static ApplyStep previewed(PolicyPreview preview) {
        return new ApplyStep(preview, null, null, "");
    }

    public static ApplyStep done(PolicyApplier.Applied applied) {
        return new ApplyStep(null, applied, null, "");
    }

    public static ApplyStep refused(String problem, String fix, PolicyPreview newPreviewOrNull) {
        return new ApplyStep(newPreviewOrNull, null, problem, fix == null ? "" : fix);
    }
}

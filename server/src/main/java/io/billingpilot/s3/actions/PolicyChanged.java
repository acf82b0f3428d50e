package io.billingpilot.s3.actions;

/** The bucket policy changed after the admin saw the diff; nothing was written. Carries the diff against the new policy. */
public final class PolicyChanged extends ActionRefused {
    private final PolicyPreview current;

    public PolicyChanged(PolicyPreview current) {
        super("The bucket policy changed after the diff was shown; nothing was written.",
                "Look at the new diff and confirm again.");
        this.current = current;
    }

    public PolicyPreview current() {
        return current;
    }
}

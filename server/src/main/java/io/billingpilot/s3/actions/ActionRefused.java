package io.billingpilot.s3.actions;

/** An action that was not carried out because of the bucket's state (name taken, unreadable policy, ...). */
public class ActionRefused extends RuntimeException {
    private final String fix;

    public ActionRefused(String message, String fix) {
        super(message, null, false, false);
        this.fix = fix == null ? "" : fix;
    }

    public String fix() {
        return fix;
    }
}

package io.billingpilot.s3;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a live check ended; maps one to one onto the contract's exit statuses 0, 1 and 3. */
public enum Outcome {
    /** Checked, nothing wrong (warnings allowed). */
    FINE("fine", 0),
    /** Checked, something must be fixed. */
    FINDINGS("findings", 1),
    /** Could not check: no credentials, access denied to the checker, network. */
    COULD_NOT_CHECK("could-not-check", 3);

    private final String id;
    private final int exitCode;

    Outcome(String id, int exitCode) {
        this.id = id;
        this.exitCode = exitCode;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public int exitCode() {
        return exitCode;
    }
}

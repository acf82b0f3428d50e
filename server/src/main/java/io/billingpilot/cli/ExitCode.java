package io.billingpilot.cli;

/** The exit statuses of the contract. */
public final class ExitCode {
    /** Fine. */
    public static final int OK = 0;
    /** Checked, and something is wrong: the findings say what. */
    public static final int FINDINGS = 1;
    /** Bad input or usage. */
    public static final int USAGE = 2;
    /** Could not check: no credentials, access denied to the checker, network. */
    public static final int CANNOT_CHECK = 3;

    private ExitCode() {
    }
}

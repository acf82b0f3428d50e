package io.billingpilot.cli;

/** Wrong words on the command line; printed as one line on stderr, exit status 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message, null, false, false);
    }
}

package io.billingpilot.core;

import java.util.List;

/**
 * A value given by a person or a client is not acceptable. Carries every reason, each
 * phrased for people; the web layer turns it into a 422, the CLI into exit status 2.
 */
public class InvalidInputException extends RuntimeException {
    private final List<String> reasons;

    public InvalidInputException(String message) {
        this(message, List.of(message));
    }

    public InvalidInputException(String message, List<String> reasons) {
        super(message, null, false, false);
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }

    /**
     * Runs one parse and keeps its reasons instead of stopping, so a form or a command can name every
     * invalid value at once: the parsed value, or null when it was refused.
     */
    public static <T> T collect(List<String> reasons, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            reasons.addAll(e.reasons());
            return null;
        }
    }
}

package io.billingpilot.state;

import io.billingpilot.core.InvalidInputException;

/**
 * The rules the session applies to an export's name and S3 prefix, each in one parse method
 * that every edge (form, JSON, the session file) calls: trimmed, blank meaning none, bounded in
 * length and free of control characters. AWS's own naming rules belong here once the core has them.
 */
public final class ExportNaming {
    /** AWS's limit for a Data Export's name. */
    public static final int MAX_NAME_CHARS = 128;
    public static final int MAX_PREFIX_CHARS = 512;

    private ExportNaming() {
    }

    /** @throws InvalidInputException for a name that is too long or holds control characters */
    public static String name(String value) {
        return bounded(value, MAX_NAME_CHARS, "The export name");
    }

    /** @throws InvalidInputException for a prefix that is too long or holds control characters */
    public static String prefix(String value) {
        return bounded(value, MAX_PREFIX_CHARS, "The S3 prefix");
    }

    private static String bounded(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException(what + " has " + trimmed.length() + " characters; at most " + max + " are allowed.");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(what + " cannot contain control characters such as line breaks.");
        }
        return trimmed;
    }
}

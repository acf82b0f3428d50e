package io.billingpilot.core;

import java.util.regex.Pattern;

/**
 * The S3 path prefix the report files land under ("Report path prefix", "S3 path prefix").
 * AWS writes it without a slash at either end; a pasted one is trimmed of them. Letters,
 * digits and {@code ! - _ . * ' ( ) /} only (S3's safe key characters), at most 256.
 */
public final class ReportPrefix {
    public static final int MAX_LENGTH = 256;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9!_.*'()/-]+");

    private ReportPrefix() {
    }

    /** The prefix without surrounding slashes, null when none is given, or an error. */
    public static String parse(String value) {
        if (value == null) {
            return null;
        }
        String prefix = value.trim().replaceAll("^/+|/+$", "");
        if (prefix.isEmpty()) {
            return null;
        }
        if (prefix.length() > MAX_LENGTH || !SAFE.matcher(prefix).matches() || prefix.contains("//")) {
            throw new InvalidInputException("The prefix '" + Texts.clip(value) + "' is not a usable S3 path prefix: "
                    + "use letters, digits and ! - _ . * ' ( ) with single / between parts, at most " + MAX_LENGTH
                    + " characters.");
        }
        return prefix;
    }
}

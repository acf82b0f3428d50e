package io.billingpilot.core;

import java.util.regex.Pattern;

/** A 12-digit AWS account id, as the payer account of the billing reports. */
public final class AccountId {
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    private AccountId() {
    }

    public static boolean isValid(String value) {
        return value != null && TWELVE_DIGITS.matcher(value).matches();
    }

    /** The account id with spaces and dashes people paste from the console removed, or an error. */
    public static String parse(String value) {
        return parse(value, "the payer account's number");
    }

    /**
     * The same for another account, named in the error: e.g. "the monitoring tool's account, shown on its
     * integration page".
     */
    public static String parse(String value, String whose) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String compact = value.trim().replace("-", "").replace(" ", "");
        if (!isValid(compact)) {
            throw new InvalidInputException("The account id '" + Texts.clip(value)
                    + "' is not a 12-digit AWS account id (" + whose + ", e.g. 123456789012).");
        }
        return compact;
    }
}

package io.billingpilot.core;

import java.util.regex.Pattern;

/** A 12-digit AWS account id: the payer account of the billing reports, or a bucket's owner. */
public record AccountId(String digits) {
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    public AccountId {
        if (!isValid(digits)) {
            throw new InvalidInputException("The account id '" + Texts.clip(digits)
                    + "' is not a 12-digit AWS account id (the payer account's number, e.g. 123456789012).");
        }
    }

    public static boolean isValid(String value) {
        return value != null && TWELVE_DIGITS.matcher(value).matches();
    }

    /** The account id with spaces and dashes people paste from the console removed, or an error; null or blank gives null. */
    public static String parse(String value) {
        return parse(value, "the payer account's number");
    }

    /**
     * The same for another account, named in the error: e.g. "the monitoring tool's account, shown on its
     * integration page".
     */
    public static String parse(String value, String whose) {
        return digitsOf(of(value, whose));
    }

    /** The payer account's id as a typed value; null or blank gives null. */
    public static AccountId of(String value) {
        return of(value, "the payer account's number");
    }

    /** Another account's id as a typed value, named in the error as {@link #parse(String, String)} does. */
    public static AccountId of(String value, String whose) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String compact = value.trim().replace("-", "").replace(" ", "");
        if (!isValid(compact)) {
            throw new InvalidInputException("The account id '" + Texts.clip(value)
                    + "' is not a 12-digit AWS account id (" + whose + ", e.g. 123456789012).");
        }
        return new AccountId(compact);
    }

    /** The digits of an optional account id, or null. */
    public static String digitsOf(AccountId account) {
        return account == null ? null : account.digits;
    }

    @Override
    public String toString() {
        return digits;
    }
}

package io.billingpilot.policy.iam;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * IAM's condition operators without qualifier and IfExists suffix. Each has a test in its
 * positive sense (does the policy value match the request value); the negated operators
 * invert the combined result, as IAM does.
 */
public enum BaseOperator {
    STRING_EQUALS("StringEquals", false, String::equals),
    STRING_NOT_EQUALS("StringNotEquals", true, String::equals),
    STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", false, String::equalsIgnoreCase),
    STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", true, String::equalsIgnoreCase),
    STRING_LIKE("StringLike", false, (p, r) -> Wildcard.matches(p, r, false)),
    STRING_NOT_LIKE("StringNotLike", true, (p, r) -> Wildcard.matches(p, r, false)),
    NUMERIC_EQUALS("NumericEquals", false, numeric(c -> c == 0)),
    NUMERIC_NOT_EQUALS("NumericNotEquals", true, numeric(c -> c == 0)),
    NUMERIC_LESS_THAN("NumericLessThan", false, numeric(c -> c < 0)),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", false, numeric(c -> c <= 0)),
    NUMERIC_GREATER_THAN("NumericGreaterThan", false, numeric(c -> c > 0)),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", false, numeric(c -> c >= 0)),
    DATE_EQUALS("DateEquals", false, date(c -> c == 0)),
    DATE_NOT_EQUALS("DateNotEquals", true, date(c -> c == 0)),
    DATE_LESS_THAN("DateLessThan", false, date(c -> c < 0)),
    DATE_LESS_THAN_EQUALS("DateLessThanEquals", false, date(c -> c <= 0)),
    DATE_GREATER_THAN("DateGreaterThan", false, date(c -> c > 0)),
    DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", false, date(c -> c >= 0)),
    BOOL("Bool", false, String::equalsIgnoreCase),
    BINARY_EQUALS("BinaryEquals", false, String::equals),
    IP_ADDRESS("IpAddress", false, (p, r) -> IpRange.contains(p, r)),
    NOT_IP_ADDRESS("NotIpAddress", true, (p, r) -> IpRange.contains(p, r)),
    ARN_EQUALS("ArnEquals", false, ArnPattern::matches),
    ARN_LIKE("ArnLike", false, ArnPattern::matches),
    ARN_NOT_EQUALS("ArnNotEquals", true, ArnPattern::matches),
    ARN_NOT_LIKE("ArnNotLike", true, ArnPattern::matches),
    NULL("Null", false, (p, r) -> false);

    private final String awsName;
    private final boolean negated;
    /** (policy value, request value) -> match, in the positive sense. */
    private final BiPredicate<String, String> test;

    BaseOperator(String awsName, boolean negated, BiPredicate<String, String> test) {
        this.awsName = awsName;
        this.negated = negated;
        this.test = test;
    }

    public String awsName() {
        return awsName;
    }

    public boolean negated() {
        return negated;
    }

    boolean test(String policyValue, String requestValue) {
        return test.test(policyValue, requestValue);
    }

    /** StringLike and the Arn operators read * and ? as wildcards; every other operator compares them literally. */
    public boolean supportsWildcards() {
        return this == STRING_LIKE || this == STRING_NOT_LIKE || this == ARN_EQUALS || this == ARN_LIKE
                || this == ARN_NOT_EQUALS || this == ARN_NOT_LIKE;
    }

    public boolean isStringEquality() {
        return this == STRING_EQUALS || this == STRING_NOT_EQUALS || this == STRING_EQUALS_IGNORE_CASE
                || this == STRING_NOT_EQUALS_IGNORE_CASE;
    }

    static BaseOperator byName(String lowerCaseName) {
        for (BaseOperator operator : values()) {
            if (operator.awsName.toLowerCase(Locale.ROOT).equals(lowerCaseName)) {
                return operator;
            }
        }
        return null;
    }

    /** Longer "numbers" are not numbers a condition key carries; refusing them keeps comparisons cheap. */
    private static final int MAX_NUMBER_CHARS = 64;

    private interface Comparison {
        boolean holds(int comparison);
    }

    /** The request value compared with the policy value (request OP policy), false when either is not a number. */
    private static BiPredicate<String, String> numeric(Comparison comparison) {
        return (policy, request) -> {
            if (policy.length() > MAX_NUMBER_CHARS || request.length() > MAX_NUMBER_CHARS) {
                return false;
            }
            try {
                return comparison.holds(new BigDecimal(request.trim()).compareTo(new BigDecimal(policy.trim())));
            } catch (NumberFormatException e) {
                return false;
            }
        };
    }

    private static BiPredicate<String, String> date(Comparison comparison) {
        return (policy, request) -> {
            java.time.Instant policyTime = Dates.parse(policy);
            java.time.Instant requestTime = Dates.parse(request);
            return policyTime != null && requestTime != null && comparison.holds(requestTime.compareTo(policyTime));
        };
    }
}

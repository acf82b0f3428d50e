package io.billingpilot.policy.iam;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConditionOperatorTest {
    private static final List<String> MISSING = List.of();

    private static boolean eval(String operator, List<String> policyValues, List<String> requestValues) {
        ConditionOperator parsed = ConditionOperator.parse(operator);
        assertNotNull(parsed, operator);
        return parsed.evaluate(policyValues, requestValues);
    }

    private static boolean eval(String operator, String policyValue, String requestValue) {
        return eval(operator, List.of(policyValue), List.of(requestValue));
    }

    @ParameterizedTest(name = "{0} {1} against {2} is {3}")
    @CsvSource({
            "StringEquals, abc, abc, true",
            "StringEquals, abc, ABC, false",
            "StringEquals, a*, abc, false",
            "StringNotEquals, abc, abd, true",
            "StringEqualsIgnoreCase, abc, ABC, true",
            "StringNotEqualsIgnoreCase, abc, ABC, false",
            "StringLike, a*c, abbbc, true",
            "StringLike, a?c, abbc, false",
            "StringNotLike, a*, abc, false",
            "NumericEquals, 10, 10.0, true",
            "NumericNotEquals, 10, 11, true",
            "NumericLessThan, 10, 9, true",
            "NumericLessThanEquals, 10, 10, true",
            "NumericGreaterThan, 10, 10, false",
            "NumericGreaterThanEquals, 10, 11, true",
            "NumericEquals, ten, 10, false",
            "DateLessThan, 2030-01-01T00:00:00Z, 2025-06-01T12:00:00Z, true",
            "DateGreaterThan, 2030-01-01, 2025-06-01T12:00:00Z, false",
            "DateEquals, 1700000000, 2023-11-14T22:13:20Z, true",
            "DateNotEquals, 2020-01-01, 2020-01-01T00:00:00Z, false",
            "DateLessThanEquals, 2020-01-01T00:00:00Z, 2020-01-01T00:00:00Z, true",
            "DateGreaterThanEquals, 2020-01-01T00:00:00+02:00, 2019-12-31T23:00:00Z, true",
            "Bool, true, true, true",
            "Bool, false, TRUE, false",
            "BinaryEquals, QmluYXJ5, QmluYXJ5, true",
            "IpAddress, 203.0.113.0/24, 203.0.113.7, true",
            "IpAddress, 203.0.113.0/24, 198.51.100.7, false",
            "NotIpAddress, 203.0.113.0/24, 198.51.100.7, true",
            "IpAddress, 2001:db8::/32, 2001:db8:1::5, true",
            "IpAddress, 203.0.113.7, 203.0.113.7, true",
            "ArnEquals, arn:aws:cur:us-east-1:123456789012:definition/*, arn:aws:cur:us-east-1:123456789012:definition/r, true",
            "ArnLike, arn:aws:cur:*:123456789012:definition/*, arn:aws:cur:eu-west-1:123456789012:definition/r, true",
            "ArnLike, arn:aws:cur:us-east-1:123456789012:definition/*, arn:aws:cur:us-east-1:210987654321:definition/r, false",
            "ArnNotLike, arn:aws:cur:us-east-1:*, arn:aws:cur:us-east-1:123456789012:definition/r, false",
            "ArnNotEquals, arn:aws:cur:us-east-1:1:x, arn:aws:cur:us-east-1:2:x, true",
            "ArnLike, *, arn:aws:cur:us-east-1:1:x, true"
    })
    void each_operator_compares_as_iam_does(String operator, String policyValue, String requestValue, boolean expected) {
        assertEquals(expected, eval(operator, policyValue, requestValue));
    }

    @Test
    void operator_names_are_case_insensitive_and_unknown_names_are_refused() {
        assertNotNull(ConditionOperator.parse("stringequals"));
        assertNotNull(ConditionOperator.parse("forAnyValue:StringLikeIfExists"));
        assertNull(ConditionOperator.parse("StringContains"));
        assertNull(ConditionOperator.parse("NullIfExists"));
        assertNull(ConditionOperator.parse("IfExists"));
    }

    @Test
    void several_policy_values_are_ored_and_negated_operators_must_match_none() {
        assertTrue(eval("StringEquals", List.of("a", "b"), List.of("b")));
        assertFalse(eval("StringNotEquals", List.of("a", "b"), List.of("b")));
        assertTrue(eval("StringNotEquals", List.of("a", "b"), List.of("c")));
    }

    @Test
    void a_missing_key_fails_positive_operators_and_passes_negated_ones() {
        assertFalse(eval("StringEquals", List.of("o-123"), MISSING));
        assertFalse(eval("ArnLike", List.of("arn:*"), MISSING));
        assertFalse(eval("IpAddress", List.of("10.0.0.0/8"), MISSING));
        assertFalse(eval("Bool", List.of("false"), MISSING));
        assertTrue(eval("StringNotEquals", List.of("o-123"), MISSING));
        assertTrue(eval("StringNotLike", List.of("o-*"), MISSING));
        assertTrue(eval("ArnNotLike", List.of("arn:*"), MISSING));
        assertTrue(eval("NotIpAddress", List.of("10.0.0.0/8"), MISSING));
    }

    @Test
    void if_exists_makes_a_missing_key_pass_and_leaves_present_keys_alone() {
        assertTrue(eval("StringEqualsIfExists", List.of("o-123"), MISSING));
        assertTrue(eval("BoolIfExists", List.of("false"), MISSING));
        assertFalse(eval("StringEqualsIfExists", List.of("o-123"), List.of("o-999")));
        assertTrue(eval("StringEqualsIfExists", List.of("o-123"), List.of("o-123")));
    }

    @Test
    void null_tests_whether_the_key_is_missing() {
        assertTrue(eval("Null", List.of("true"), MISSING));
        assertFalse(eval("Null", List.of("true"), List.of("AES256")));
        assertTrue(eval("Null", List.of("false"), List.of("AES256")));
        assertFalse(eval("Null", List.of("false"), MISSING));
    }

    @Test
    void for_any_value_needs_one_matching_request_value_and_fails_on_a_missing_key() {
        assertTrue(eval("ForAnyValue:StringEquals", List.of("a"), List.of("x", "a")));
        assertFalse(eval("ForAnyValue:StringEquals", List.of("a"), List.of("x", "y")));
        assertFalse(eval("ForAnyValue:StringEquals", List.of("a"), MISSING));
        assertTrue(eval("ForAnyValue:StringEqualsIfExists", List.of("a"), MISSING));
        assertTrue(eval("ForAnyValue:StringNotEquals", List.of("a"), List.of("a", "b")));
    }

    @Test
    void for_all_values_needs_every_request_value_to_match_and_passes_on_a_missing_key() {
        assertTrue(eval("ForAllValues:StringLike", List.of("a*", "b*"), List.of("ax", "by")));
        assertFalse(eval("ForAllValues:StringLike", List.of("a*"), List.of("ax", "by")));
        assertTrue(eval("ForAllValues:StringEquals", List.of("a"), MISSING));
        assertFalse(eval("ForAllValues:StringNotEquals", List.of("a"), List.of("a", "b")));
    }

    @Test
    void numbers_and_dates_that_cannot_be_read_never_match() {
        assertFalse(eval("NumericLessThan", "1" + "0".repeat(100), "5"));
        assertFalse(eval("DateLessThan", "not a date", "2025-01-01"));
        assertFalse(eval("IpAddress", "example.com", "203.0.113.7"));
        assertFalse(eval("IpAddress", "203.0.113.0/99", "203.0.113.7"));
    }
}

package io.billingpilot.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BucketNameTest {
    private static List<String> codes(String name) {
        return BucketName.problems(name).stream().map(BucketName.Problem::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"metricly-example", "abc", "a.b.c", "123", "billing-2025.reports", "a23456789012345678901234567890123456789012345678901234567890123"})
    void valid_names_break_no_rule(String name) {
        assertTrue(BucketName.isValid(name), codes(name).toString());
        assertEquals(name, BucketName.require(name));
    }

    @ParameterizedTest(name = "''{0}'' breaks {1}")
    @CsvSource(delimiter = '|', value = {
            "ab|length",
            "a234567890123456789012345678901234567890123456789012345678901234|length",
            "Metricly-Example|uppercase",
            "metricly_example|characters",
            "metricly example|characters",
            "-metricly|edges",
            "metricly.|edges",
            "metricly..example|adjacent-periods",
            "metricly.-example|label-shape",
            "metricly-.example|label-shape",
            "192.168.5.4|ip-address",
            "xn--metricly|reserved-prefix",
            "sthree-metricly|reserved-prefix",
            "amzn-s3-demo-bucket|reserved-prefix",
            "metricly-s3alias|reserved-suffix",
            "metricly--ol-s3|reserved-suffix",
            "metricly.mrap|reserved-suffix",
            "metricly--x-s3|reserved-suffix",
            "metricly--table-s3|reserved-suffix"
    })
    void each_rule_is_reported_by_its_code(String name, String code) {
        assertTrue(codes(name).contains(code), name + ": " + codes(name));
        assertFalse(BucketName.isValid(name));
    }

    @Test
    void empty_and_padded_names_are_reported() {
        assertEquals(List.of("empty"), codes(""));
        assertEquals(List.of("empty"), codes(null));
        assertTrue(codes(" metricly ").contains("whitespace"));
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        List<String> codes = codes("-Bad_Name..");
        assertTrue(codes.containsAll(List.of("uppercase", "characters", "edges", "adjacent-periods")), codes.toString());
    }

    @Test
    void quotes_and_newlines_are_shown_escaped_in_one_line() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> BucketName.require("a\"b\nc"));
        assertFalse(error.getMessage().contains("\n"), error.getMessage());
        assertTrue(error.getMessage().contains("\\n"), error.getMessage());
        assertTrue(error.getMessage().contains("'\"'"), error.getMessage());
    }

    @Test
    void periods_are_valid_but_advised_against() {
        assertTrue(BucketName.isValid("metricly.example"));
        assertEquals(1, BucketName.advice("metricly.example").size());
        assertTrue(BucketName.advice("metricly-example").isEmpty());
    }
}

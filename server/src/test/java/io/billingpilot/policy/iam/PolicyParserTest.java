package io.billingpilot.policy.iam;

import io.billingpilot.core.Finding;
import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyParserTest {
    private static PolicyParser.Result parse(String json) {
        return PolicyParser.parse(Json.parse(json));
    }

    private static List<String> codes(PolicyParser.Result result) {
        return result.problems().stream().map(Finding::code).toList();
    }

    @Test
    void a_single_statement_object_and_single_values_are_read_like_arrays() {
        PolicyParser.Result result = parse("""
                {"Statement": {"Sid": "One", "Effect": "Allow", "Principal": {"AWS": "386209384616"},
                 "Action": "s3:PutObject", "Resource": "arn:aws:s3:::b/*"}}""");
        assertTrue(result.problems().isEmpty());
        Statement statement = result.document().statements().get(0);
        assertEquals("One", statement.sid());
        assertEquals(List.of("s3:PutObject"), statement.actions());
        assertEquals(List.of("arn:aws:s3:::b/*"), statement.resources());
        assertEquals(List.of("386209384616"), statement.principal().aws());
        assertNull(result.document().version());
    }

    @Test
    void arrays_not_elements_and_conditions_with_numbers_and_booleans_are_read() {
        PolicyParser.Result result = parse("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "NotPrincipal": {"AWS": ["111122223333"], "Service": "s3.amazonaws.com"},
                 "NotAction": ["s3:Get*", "s3:List*"], "NotResource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
                 "Condition": {"Bool": {"aws:SecureTransport": false}, "NumericLessThan": {"s3:TlsVersion": [1.2]}}}]}""");
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        Statement statement = result.document().statements().get(0);
        assertFalse(statement.allow());
        assertTrue(statement.notPrincipal() && statement.notAction() && statement.notResource());
        assertEquals(List.of("false"), statement.conditions().get(0).values());
        assertEquals(List.of("1.2"), statement.conditions().get(1).values());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"text\"", "42", "{\"Version\": \"2012-10-17\"}", "{\"Statement\": \"Allow\"}"})
    void json_that_is_no_policy_is_reported_as_such(String json) {
        PolicyParser.Result result = parse(json);
        assertNull(result.document());
        assertEquals(List.of("not-a-policy"), codes(result));
    }

    @Test
    void statements_aws_would_refuse_are_reported_and_left_out() {
        PolicyParser.Result result = parse("""
                {"Statement": [
                  {"Effect": "Permit", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"},
                  {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
                  {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "NotAction": "s3:Put*", "Resource": "*"},
                  {"Effect": "Allow", "Principal": "*", "Action": ["s3:GetObject", 5], "Resource": "*"},
                  {"Effect": "Allow", "Principal": "*", "Action": "GetObject", "Resource": "*"},
                  {"Effect": "Allow", "Principal": {"Robot": "r2d2"}, "Action": "s3:GetObject", "Resource": "*"},
                  {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"},
                  "not an object",
                  {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}
                ]}""");
        assertEquals(8, codes(result).stream().filter("statement-invalid"::equals).count(), result.problems().toString());
        assertEquals(1, result.document().statements().size());
        assertEquals(8, result.document().statements().get(0).index());
        assertTrue(result.problems().get(0).message().contains("statement #1"), result.problems().get(0).message());
    }

    @Test
    void unknown_condition_operators_versions_and_duplicate_sids_are_reported() {
        PolicyParser.Result result = parse("""
                {"Version": "2024-01-01", "Statement": [
                  {"Sid": "Same", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*",
                   "Condition": {"StringContains": {"aws:SourceIp": "x"}}},
                  {"Sid": "Same", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*",
                   "Condition": {"StringEquals": {"aws:SourceAccount": {"nested": true}}}}
                ]}""");
        List<String> codes = codes(result);
        assertTrue(codes.contains("version-invalid"), codes.toString());
        assertTrue(codes.contains("sid-duplicate"), codes.toString());
        assertEquals(2, codes.stream().filter("condition-invalid"::equals).count(), codes.toString());
    }

    @Test
    void an_empty_statement_array_grants_nothing() {
        assertEquals(List.of("no-statements"), codes(parse("{\"Statement\": []}")));
    }
}

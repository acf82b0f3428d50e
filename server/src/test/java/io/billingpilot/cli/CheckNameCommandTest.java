package io.billingpilot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckNameCommandTest {
    @Test
    void a_valid_name_exits_0() {
        CliRun run = CliRun.of("check-name", "metricly-example");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("is a valid bucket name"), run.out());
    }

    @Test
    void an_invalid_name_exits_1_with_each_reason_and_fix_on_its_own_line() {
        CliRun run = CliRun.of("check-name", "metricLy_example");
        assertEquals(1, run.status());
        String[] lines = run.out().split("\n");
        assertEquals(3, lines.length, run.out());
        assertTrue(lines[1].contains("Uppercase") && lines[1].contains("Fix: "), run.out());
        assertTrue(lines[2].contains("'_'"), run.out());
    }

    @Test
    void json_output_has_ok_findings_and_the_bucket() {
        JsonNode answer = Json.parse(CliRun.of("check-name", "--json", "ab").out());
        assertFalse(answer.get("ok").asBoolean());
        assertEquals("name-length", answer.get("findings").get(0).get("code").asText());
        assertEquals("error", answer.get("findings").get(0).get("severity").asText());
        assertFalse(answer.get("findings").get(0).has("error"), "findings carry exactly the contract's fields");
        assertEquals("ab", answer.get("bucket").asText());
        JsonNode advice = Json.parse(CliRun.of("check-name", "--json", "metricly.example").out());
        assertTrue(advice.get("ok").asBoolean());
        assertEquals("info", advice.get("findings").get(0).get("severity").asText());
    }

    @Test
    void a_name_with_a_quote_or_newline_is_quoted_safely_on_one_line() {
        CliRun run = CliRun.of("check-name", "a\"b\nc");
        assertEquals(1, run.status());
        assertTrue(run.out().split("\n")[0].contains("a\"b\\nc"), run.out());
    }

    @Test
    void a_missing_or_extra_name_is_a_usage_error() {
        CliRun none = CliRun.of("check-name");
        assertEquals(2, none.status());
        assertTrue(none.errIsOneLine(), none.err());
        assertEquals(2, CliRun.of("check-name", "a-b-c", "d-e-f").status());
        assertEquals(2, CliRun.of("nonsense").status());
    }
}

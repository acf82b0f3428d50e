package io.billingpilot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckPolicyCommandTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String seedPolicy() {
        return CliRun.of("policy", "--bucket", "metricly-example").out();
    }

    @Test
    void a_policy_that_works_exits_0_and_says_so() throws IOException {
        CliRun run = CliRun.of("check-policy", "--bucket", "metricly-example", file("p.json", seedPolicy()).toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().startsWith("metricly-example: AWS can deliver"), run.out());
    }

    @Test
    void a_policy_with_problems_exits_1_with_one_finding_a_line_and_its_fix() throws IOException {
        String prefixOnly = seedPolicy().replace("metricly-example/*", "metricly-example/billing/*");
        CliRun run = CliRun.of("check-policy", "--bucket", "metricly-example", file("p.json", prefixOnly).toString());
        assertEquals(1, run.status(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].contains("cannot deliver"), run.out());
        assertTrue(lines[1].startsWith("  error: ") && lines[1].contains("Fix: "), run.out());
        assertTrue(lines[1].contains("aws-programmatic-access-test-object"), run.out());
    }

    @Test
    void json_output_is_one_object_with_ok_and_findings_as_the_contract_says() throws IOException {
        String otherBucket = seedPolicy().replace("metricly-example", "other-bucket");
        CliRun run = CliRun.of("check-policy", "--bucket", "metricly-example", "--json", file("p.json", otherBucket).toString());
        assertEquals(1, run.status(), run.err());
        JsonNode answer = Json.parse(run.out());
        assertFalse(answer.get("ok").asBoolean());
        assertTrue(answer.get("findings").size() > 0);
        for (JsonNode finding : answer.get("findings")) {
            assertEquals(Set.of("code", "severity", "message", "fix"), fieldNames(finding));
            assertTrue(Set.of("error", "warning", "info").contains(finding.get("severity").asText()));
        }
        assertEquals("resource-other-bucket", answer.get("findings").get(0).get("code").asText());
        CliRun good = CliRun.of("check-policy", "--bucket", "metricly-example", "--json", file("q.json", seedPolicy()).toString());
        assertEquals(0, good.status());
        assertTrue(Json.parse(good.out()).get("ok").asBoolean());
    }

    @Test
    void a_dash_reads_the_policy_from_standard_input() {
        CliRun run = CliRun.withStdin(seedPolicy(), "check-policy", "--bucket", "metricly-example", "-");
        assertEquals(0, run.status(), run.err());
        CliRun exports = CliRun.withStdin(seedPolicy(), "check-policy", "--bucket", "metricly-example", "--report",
                "data-exports", "--account", "123456789012", "-");
        assertEquals(1, exports.status(), "the legacy account is not the Data Exports writer: " + exports.out());
    }

    @Test
    void a_ten_megabyte_file_is_refused_on_one_line_without_reading_it_whole() throws IOException {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[10 * 1024 * 1024]);
        assertBadInput(CliRun.of("check-policy", "--bucket", "metricly-example", big.toString()), "larger than");
        byte[] spaces = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        assertBadInput(CliRun.withStdin(spaces, "check-policy", "--bucket", "metricly-example", "-"), "larger than");
    }

    @Test
    void binary_junk_is_refused_on_one_line() throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Path binary = Files.write(dir.resolve("junk.bin"), junk);
        assertBadInput(CliRun.of("check-policy", "--bucket", "metricly-example", binary.toString()), "");
        byte[] latin1 = "{\"Statement\": \"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertBadInput(CliRun.withStdin(latin1, "check-policy", "--bucket", "metricly-example", "-"), "UTF-8");
    }

    @Test
    void json_nested_ten_thousand_deep_is_refused_on_one_line() throws IOException {
        Path deep = file("deep.json", "[".repeat(10_000) + "]".repeat(10_000));
        assertBadInput(CliRun.of("check-policy", "--bucket", "metricly-example", deep.toString()), "nested");
        Path deepObject = file("deep2.json", "{\"Statement\": " + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_001));
        assertBadInput(CliRun.of("check-policy", "--bucket", "metricly-example", deepObject.toString()), "nested");
        assertBadInput(CliRun.of("policy", "--bucket", "metricly-example", "--merge", deep.toString()), "nested");
    }

    @Test
    void text_that_is_no_policy_is_bad_input() throws IOException {
        assertBadInput(CliRun.of("check-policy", "--bucket", "metricly-example", file("a.json", "[1, 2]").toString()), "not a policy");
        assertBadInput(CliRun.of("check-policy", "--bucket", "metricly-example", file("b.json", "").toString()), "empty");
        assertBadInput(CliRun.of("check-policy", "--bucket", "metricly-example", file("c.json", "{\"Statement\": [}").toString()),
                "line 1, column");
    }

    @Test
    void a_bucket_name_with_quotes_or_a_newline_is_refused_on_one_line() throws IOException {
        Path policy = file("p.json", seedPolicy());
        assertBadInput(CliRun.of("check-policy", "--bucket", "metricly\"example", policy.toString()), "not a valid bucket name");
        assertBadInput(CliRun.of("check-policy", "--bucket", "metricly\nexample", policy.toString()), "\\n");
    }

    @Test
    void missing_files_directories_and_missing_arguments_are_usage_errors() {
        assertBadInput(CliRun.of("check-policy", "--bucket", "metricly-example", dir.resolve("none.json").toString()), "no file");
        assertBadInput(CliRun.of("check-policy", "--bucket", "metricly-example", dir.toString()), "directory");
        assertBadInput(CliRun.of("check-policy", "--bucket", "metricly-example"), "policy file");
        assertBadInput(CliRun.of("check-policy", "p.json"), "--bucket");
        assertBadInput(CliRun.of("check-policy", "--bucket", "metricly-example", "--report", "cur", "-"), "account");
    }

    private static void assertBadInput(CliRun run, String expected) {
        assertEquals(2, run.status(), run.out() + run.err());
        assertTrue(run.errIsOneLine(), "one line on stderr: " + run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals("", run.out());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package io.billingpilot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;
import io.billingpilot.support.Fixtures;
import io.billingpilot.policy.PolicyAnalyzer;
import io.billingpilot.policy.PolicyRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyCommandTest {
    /** The policy of the original guide, as its page shows it. */
    private static final String ORIGINAL_GUIDE = Fixtures.originalGuidePolicy();

    @TempDir
    Path dir;

    @Test
    void the_policy_for_metricly_example_equals_the_original_guides_policy() {
        CliRun run = CliRun.of("policy", "--bucket", "metricly-example");
        assertEquals(0, run.status(), run.err());
        assertEquals(Json.parse(ORIGINAL_GUIDE), Json.parse(run.out()));
        assertEquals("", run.err());
    }

    @Test
    void every_report_and_partition_prints_a_policy_that_passes_its_own_check() {
        for (String report : new String[]{"dbr", "cur", "data-exports"}) {
            for (String partition : new String[]{"aws", "aws-cn", "aws-us-gov"}) {
                CliRun run = CliRun.of("policy", "--bucket", "metricly-example", "--report", report,
                        "--account", "1234-5678-9012", "--partition", partition);
                assertEquals(0, run.status(), run.err());
                PolicyRequest request = PolicyRequest.parse("metricly-example", report, "123456789012", partition);
                assertTrue(PolicyAnalyzer.analyze(run.out(), request).deliverable(), report + " " + partition);
                assertTrue(run.out().contains("arn:" + partition + ":s3:::metricly-example"), run.out());
            }
        }
    }

    @Test
    void the_service_reports_without_an_account_are_a_usage_error() {
        CliRun run = CliRun.of("policy", "--bucket", "metricly-example", "--report", "cur");
        assertEquals(2, run.status());
        assertTrue(run.errIsOneLine(), run.err());
        assertTrue(run.err().contains("--account"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void merge_prints_the_existing_policy_with_the_billing_statements() throws IOException {
        Path existing = dir.resolve("policy.json");
        Files.writeString(existing, """
                {"Version": "2012-10-17", "Statement": [{"Sid": "Admin", "Effect": "Allow",
                  "Principal": {"AWS": "arn:aws:iam::111122223333:role/admin"}, "Action": "s3:*", "Resource": "arn:aws:s3:::metricly-example/*"}]}""");
        CliRun run = CliRun.of("policy", "--bucket", "metricly-example", "--merge", existing.toString());
        assertEquals(0, run.status(), run.err());
        JsonNode merged = Json.parse(run.out());
        assertEquals("2012-10-17", merged.get("Version").asText());
        assertEquals(3, merged.get("Statement").size());
        assertEquals("Admin", merged.get("Statement").get(0).get("Sid").asText());
        Files.writeString(existing, run.out());
        CliRun again = CliRun.of("policy", "--bucket", "metricly-example", "--merge", existing.toString());
        assertEquals(run.out(), again.out(), "merging the merged policy changes nothing");
    }

    @Test
    void merge_with_diff_marks_the_added_lines() {
        CliRun run = CliRun.withStdin("{\"Statement\": []}", "policy", "--bucket", "metricly-example", "--merge", "-", "--diff");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("+       \"Sid\": \"Stmt1335892150622\","), run.out());
        assertTrue(run.out().contains("-   \"Statement\": [ ]"), run.out());
    }

    @Test
    void merge_into_an_empty_file_prints_the_generated_policy() {
        CliRun run = CliRun.withStdin("\n", "policy", "--bucket", "metricly-example", "--merge", "-");
        assertEquals(0, run.status(), run.err());
        assertEquals(Json.parse(ORIGINAL_GUIDE), Json.parse(run.out()));
    }

    @Test
    void merge_accepts_the_output_of_get_bucket_policy() {
        String wrapped = Json.compact(java.util.Map.of("Policy", Json.compact(Json.parse(ORIGINAL_GUIDE))));
        CliRun run = CliRun.withStdin(wrapped, "policy", "--bucket", "metricly-example", "--merge", "-");
        assertEquals(0, run.status(), run.err());
        assertEquals(Json.parse(ORIGINAL_GUIDE), Json.parse(run.out()));
    }

    @Test
    void merge_into_invalid_json_is_a_one_line_error_with_its_position() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"Statement\": [\n    {\"Effect\": \"Allow\",}\n  ]\n}");
        CliRun run = CliRun.of("policy", "--bucket", "metricly-example", "--merge", broken.toString());
        assertEquals(2, run.status());
        assertTrue(run.errIsOneLine(), run.err());
        assertTrue(run.err().contains("line 3"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void diff_without_merge_and_unknown_options_are_usage_errors() {
        assertEquals(2, CliRun.of("policy", "--bucket", "metricly-example", "--diff").status());
        assertEquals(2, CliRun.of("policy", "--bucket", "metricly-example", "--colour").status());
        assertEquals(2, CliRun.of("policy").status());
        assertEquals(2, CliRun.of("policy", "--bucket", "metricly-example", "extra").status());
    }

    @Test
    void a_bucket_name_with_quotes_or_a_newline_is_refused_on_one_line() {
        for (String name : new String[]{"metricly\"example", "metricly\nexample", "Metricly-Example"}) {
            CliRun run = CliRun.of("policy", "--bucket", name);
            assertEquals(2, run.status(), name);
            assertTrue(run.errIsOneLine(), run.err());
            assertFalse(run.out().contains("Statement"), run.out());
        }
    }
}

package io.billingpilot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReaderPolicyCommandTest {
    @Test
    void the_reader_policy_lists_the_bucket_and_reads_its_objects() {
        CliRun run = CliRun.of("reader-policy", "--bucket", "metricly-example");
        assertEquals(0, run.status(), run.err());
        JsonNode policy = Json.parse(run.out());
        String text = Json.compact(policy);
        assertTrue(text.contains("\"s3:ListBucket\"") && text.contains("\"arn:aws:s3:::metricly-example\""), text);
        assertTrue(text.contains("\"s3:GetObject\"") && text.contains("\"arn:aws:s3:::metricly-example/*\""), text);
        assertTrue(!text.contains("kms:Decrypt"), text);
    }

    @Test
    void a_kms_key_adds_decrypt_on_that_key() {
        String key = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        CliRun run = CliRun.of("reader-policy", "--bucket", "metricly-example", "--kms-key", key);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("kms:Decrypt") && run.out().contains(key), run.out());
    }

    @Test
    void a_bad_bucket_or_key_is_a_one_line_usage_error() {
        for (String[] argv : new String[][]{{"reader-policy", "--bucket", "Bad\nName"},
                {"reader-policy", "--bucket", "metricly-example", "--kms-key", "alias/billing"},
                {"reader-policy"}}) {
            CliRun run = CliRun.of(argv);
            assertEquals(2, run.status(), run.out());
            assertTrue(run.errIsOneLine(), run.err());
            assertEquals("", run.out());
        }
    }
}

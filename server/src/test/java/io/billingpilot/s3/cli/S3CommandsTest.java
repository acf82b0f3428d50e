package io.billingpilot.s3.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;
import io.billingpilot.s3.Fingerprint;
import io.billingpilot.s3.support.Cli;
import io.billingpilot.s3.support.DefaultChain;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.s3.support.Policies;
import io.billingpilot.s3.support.TestCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** verify, status, create-bucket and apply-policy on the command line, with the SDK's real default credentials chain. */
class S3CommandsTest {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private final LocalS3Server s3 = LocalS3Server.shared();
    private final String endpoint = s3.endpoint().toString();

    private String newBucket() {
        String bucket = "cli-" + NEXT.incrementAndGet();
        s3.createBucket(bucket);
        return bucket;
    }

    private Cli.Run run(String... argv) {
        try (DefaultChain ignored = DefaultChain.withTestKeys()) {
            return Cli.run(argv);
        }
    }

    @Test
    void verify_of_a_well_set_bucket_exits_0_with_one_line_per_check() {
        String bucket = newBucket();
        s3.putPolicy(bucket, Policies.legacy(bucket));
        Cli.Run run = run("verify", "--bucket", bucket, "--endpoint", endpoint);
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.out().lines().filter(line -> line.startsWith("  pass")).count() >= 5, run.out());
        assertTrue(run.out().contains("unknown  The bucket owns the delivered files"), run.out());
    }

    @Test
    void verify_json_is_one_object_with_ok_findings_and_checks_and_exit_1_when_the_policy_is_missing() {
        String bucket = newBucket();
        Cli.Run run = run("verify", "--bucket", bucket, "--endpoint", endpoint, "--json");
        assertEquals(1, run.exit(), run.all());
        JsonNode json = Json.parse(run.out());
        assertFalse(json.get("ok").booleanValue());
        assertEquals("findings", json.get("outcome").textValue());
        JsonNode policy = json.get("findings").get(0);
        assertEquals("policy", policy.get("code").textValue());
        assertEquals("error", policy.get("severity").textValue());
        assertTrue(policy.get("fix").textValue().contains("arn:aws:s3:::" + bucket));
        assertEquals(7, json.get("checks").size());
        assertEquals("fail", json.get("checks").get(2).get("status").textValue());
    }

    @Test
    void without_credentials_verify_and_status_exit_3_and_say_how_to_provide_them() {
        for (String command : new String[]{"verify", "status"}) {
            Cli.Run run;
            try (DefaultChain ignored = DefaultChain.empty()) {
                run = Cli.run(command, "--bucket", "some-bucket", "--endpoint", endpoint);
            }
            assertEquals(3, run.exit(), run.all());
            assertTrue(run.all().contains("AWS_ACCESS_KEY_ID") && run.all().contains("aws configure")
                    && run.all().contains("aws sso login --profile"), run.all());
        }
    }

    @Test
    void a_named_profile_is_read_from_the_shared_credentials_file(@TempDir Path dir) throws IOException {
        String bucket = newBucket();
        s3.putPolicy(bucket, Policies.legacy(bucket));
        Path credentials = Files.writeString(dir.resolve("credentials"), "[billing]\naws_access_key_id = "
                + TestCredentials.ACCESS_KEY + "\naws_secret_access_key = " + TestCredentials.SECRET_KEY + "\n");
        Path config = Files.writeString(dir.resolve("config"), "[profile billing]\nregion = eu-west-1\n");
        Cli.Run found;
        Cli.Run missing;
        try (DefaultChain ignored = DefaultChain.withProfileFiles(credentials, config)) {
            found = Cli.run("verify", "--bucket", bucket, "--endpoint", endpoint, "--profile", "billing");
            missing = Cli.run("verify", "--bucket", bucket, "--endpoint", endpoint, "--profile", "nobody");
        }
        assertEquals(0, found.exit(), found.all());
        assertTrue(found.out().contains("Found for the profile 'billing'"), found.out());
        assertEquals(3, missing.exit(), missing.all());
        assertTrue(missing.out().contains("profile 'nobody'"), missing.out());
    }

    @Test
    void status_exits_0_once_files_arrived_and_1_while_the_bucket_is_empty() {
        String bucket = newBucket();
        Cli.Run empty = run("status", "--bucket", bucket, "--endpoint", endpoint, "--account", "123456789012");
        assertEquals(1, empty.exit(), empty.all());
        assertTrue(empty.out().contains("No Detailed billing reports"), empty.out());
        s3.put(bucket, "123456789012-aws-billing-csv-2020-01.csv", "x");
        Cli.Run json = run("status", "--bucket", bucket, "--endpoint", endpoint, "--json");
        assertFalse(json.out().isEmpty(), json.all());
        JsonNode status = Json.parse(json.out());
        assertEquals("123456789012", status.get("sources").get(0).get("name").textValue());
        assertEquals("2020-01", status.get("sources").get(0).get("months").get(0).get("month").textValue());
        assertTrue(status.get("ok").booleanValue(), json.out());
        assertTrue(status.get("sources").get(0).get("months").get(0).get("files").get(0).get("lastModified").textValue()
                .matches("\\d{4}-\\d{2}-\\d{2}T.*Z"), json.out());
        assertEquals(0, json.exit());
    }

    @Test
    void status_names_the_verification_object_and_its_time_once_aws_wrote_it() {
        String bucket = newBucket();
        s3.put(bucket, "123456789012-aws-billing-csv-2020-01.csv", "x");
        Cli.Run before = run("status", "--bucket", bucket, "--endpoint", endpoint);
        assertEquals(0, before.exit(), before.all());
        assertFalse(before.out().contains("verification object: "), before.out());
        s3.put(bucket, "aws-programmatic-access-test-object", "Test Object");
        Cli.Run text = run("status", "--bucket", bucket, "--endpoint", endpoint);
        assertEquals(0, text.exit(), text.all());
        assertTrue(text.out().matches("(?s).*verification object: aws-programmatic-access-test-object, written "
                + "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC.*"), text.out());
        assertTrue(text.out().contains("123456789012:"), "the report files are still listed: " + text.out());
        Cli.Run json = run("status", "--bucket", bucket, "--endpoint", endpoint, "--json");
        JsonNode object = Json.parse(json.out()).get("verificationObject");
        assertEquals("aws-programmatic-access-test-object", object.get("key").textValue(), json.out());
        assertTrue(object.get("lastModified").textValue().matches("\\d{4}-\\d{2}-\\d{2}T.*Z"), json.out());
        assertTrue(json.out().contains("was written"), json.out());
    }

    @Test
    void bad_input_exits_2_with_one_line_on_stderr() {
        for (String[] argv : new String[][]{
                {"verify", "--bucket", "Bad_Bucket", "--endpoint", endpoint},
                {"verify", "--bucket", "good-bucket", "--endpoint", "ftp://host"},
                {"status", "--bucket", "good-bucket", "--region", "mars-1"},
                {"verify", "--bucket", "good-bucket", "--report", "cur"},
                {"apply-policy", "--bucket", "good-bucket", "--expect-sha256", "not-a-fingerprint"},
                {"create-bucket", "--bucket", "good-bucket", "--yes"}}) {
            Cli.Run run = run(argv);
            assertEquals(2, run.exit(), String.join(" ", argv) + ": " + run.all());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.out().isEmpty());
        }
    }

    @Test
    void create_bucket_without_yes_changes_nothing_and_with_yes_creates_it() {
        Cli.Run dry = run("create-bucket", "--bucket", "cli-created", "--region", "eu-central-1", "--endpoint", endpoint);
        assertEquals(0, dry.exit(), dry.all());
        assertTrue(dry.out().contains("Nothing was changed"), dry.out());
        Cli.Run check = run("verify", "--bucket", "cli-created", "--endpoint", endpoint);
        assertTrue(check.out().contains("no bucket named 'cli-created'"), "a dry run creates nothing: " + check.out());
        Cli.Run real = run("create-bucket", "--bucket", "cli-created", "--region", "eu-central-1", "--endpoint", endpoint,
                "--yes");
        assertEquals(0, real.exit(), real.all());
        assertTrue(real.out().contains("done: block all public access"), real.out());
        Cli.Run again = run("create-bucket", "--bucket", "cli-created", "--region", "eu-central-1", "--endpoint",
                endpoint, "--yes");
        assertEquals(1, again.exit(), again.all());
        assertTrue(again.err().contains("taken"), again.err());
    }

    @Test
    void apply_policy_shows_the_diff_first_then_applies_exactly_that_change() {
        String bucket = newBucket();
        s3.putPolicy(bucket, Policies.prefixOnly(bucket, "reports"));
        String before = s3.policy(bucket);
        Cli.Run dry = run("apply-policy", "--bucket", bucket, "--endpoint", endpoint);
        assertEquals(0, dry.exit(), dry.all());
        assertTrue(dry.out().contains("- ") && dry.out().contains("+ "), dry.out());
        assertTrue(dry.out().contains("--expect-sha256 " + Fingerprint.of(before)), dry.out());
        assertEquals(before, s3.policy(bucket), "nothing written without --yes");

        Cli.Run stale = run("apply-policy", "--bucket", bucket, "--endpoint", endpoint, "--yes", "--expect-sha256",
                Fingerprint.of("an older policy"));
        assertEquals(1, stale.exit(), stale.all());
        assertTrue(stale.err().contains("changed after the diff was shown"), stale.err());
        assertEquals(before, s3.policy(bucket));

        Cli.Run applied = run("apply-policy", "--bucket", bucket, "--endpoint", endpoint, "--yes", "--expect-sha256",
                Fingerprint.of(before));
        assertEquals(0, applied.exit(), applied.all());
        assertEquals(0, run("verify", "--bucket", bucket, "--endpoint", endpoint).exit());
    }
}

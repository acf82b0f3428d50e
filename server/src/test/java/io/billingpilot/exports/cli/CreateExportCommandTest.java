package io.billingpilot.exports.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.exports.fake.FakeBillingApis;
import io.billingpilot.exports.fake.FakeClients;
import io.billingpilot.exports.fake.FakeExport;
import io.billingpilot.exports.fake.Fault;
import io.billingpilot.json.Json;
import io.billingpilot.s3.support.Cli;
import io.billingpilot.s3.support.DefaultChain;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.s3.support.TestCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** create-export on the command line against LocalS3 and the fake billing APIs, with the SDK's real credentials chain. */
@Timeout(120)
class CreateExportCommandTest {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String PAYER = FakeClients.PAYER;
    private final LocalS3Server s3 = LocalS3Server.shared();
    private final FakeBillingApis fake = FakeClients.withTestKey(FakeBillingApis.start(FakeClients.policiesOf(s3)));

    @AfterEach
    void stop() {
        fake.close();
    }

    private String bucketWithPolicy(boolean admitsDataExports) {
        String bucket = "export-cli-" + NEXT.incrementAndGet();
        s3.createBucket(bucket);
        if (admitsDataExports) {
            s3.putPolicy(bucket, FakeClients.dataExportsPolicy(bucket, PAYER));
        }
        return bucket;
    }

    private Cli.Run run(String... argv) {
        List<String> all = new ArrayList<>(List.of(argv));
        all.addAll(List.of("--endpoint", s3.endpoint().toString()));
        try (DefaultChain ignored = DefaultChain.withTestKeys(); AutoCloseable endpoints = FakeClients.endpointProperties(fake)) {
            return Cli.run(all.toArray(String[]::new));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Cli.Run create(String bucket, String name, String... more) {
        List<String> argv = new ArrayList<>(List.of("create-export", "--bucket", bucket, "--account", PAYER, "--name",
                name, "--region", "us-east-1", "--prefix", "billing"));
        argv.addAll(List.of(more));
        return run(argv.toArray(String[]::new));
    }

    @Test
    void without_yes_it_shows_the_exact_definition_and_creates_nothing() {
        String bucket = bucketWithPolicy(true);
        Cli.Run run = create(bucket, "cur2-plan");
        assertEquals(0, run.exit(), run.all());
        for (String expected : new String[]{"Plan: create a Data Export", "Export name              cur2-plan",
                "CUR 2.0 (COST_AND_USAGE_REPORT)", "Include resource IDs     yes", "Time granularity         HOURLY",
                "Format and compression   Parquet", "OVERWRITE_REPORT", "S3 path prefix           billing",
                "Bucket region            us-east-1", "Bucket owner             " + PAYER,
                "Query                    SELECT bill_bill_type", "Bucket policy: lets the writer deliver",
                "Nothing was created. To create exactly this export, run again with --yes."}) {
            assertTrue(run.out().contains(expected), expected + " missing:\n" + run.out());
        }
        assertFalse(fake.calls().contains("CreateExport"), fake.calls().toString());
        assertTrue(fake.export(PAYER, "cur2-plan").isEmpty());
    }

    @Test
    void a_policy_that_would_refuse_the_writer_stops_it_with_the_merged_policy_as_a_diff() {
        String bucket = bucketWithPolicy(false);
        s3.putPolicy(bucket, io.billingpilot.s3.support.Policies.legacy(bucket));
        Cli.Run run = create(bucket, "refused", "--yes");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.out().contains("Bucket policy: would refuse the writer."), run.out());
        assertTrue(run.out().contains("export-policy-refuses") || run.out().contains("would refuse Data Exports"), run.out());
        assertTrue(run.out().contains("apply-policy --bucket " + bucket + " --report data-exports --account " + PAYER),
                run.out());
        assertTrue(run.out().contains("The merged policy, as a diff against the bucket's policy:"), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("+ ") && line.contains("bcm-data-exports.amazonaws.com")),
                run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("  ") && line.contains("386209384616")),
                "the existing statements stay:\n" + run.out());
        assertFalse(fake.calls().contains("CreateExport"));
    }

    @Test
    void with_yes_it_creates_the_export_in_us_east_1_for_a_bucket_elsewhere() {
        String bucket = bucketWithPolicy(true);
        Cli.Run run = run("create-export", "--bucket", bucket, "--account", PAYER, "--name", "cur2-daily",
                "--region", "eu-west-1", "--granularity", "daily", "--yes");
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.out().contains("Created: arn:aws:bcm-data-exports:us-east-1:" + PAYER + ":export/cur2-daily-"),
                run.out());
        assertTrue(run.out().contains("status --bucket " + bucket + " --export cur2-daily"), run.out());
        FakeExport export = fake.export(PAYER, "cur2-daily").orElseThrow();
        JsonNode s3Destination = export.definition().path("DestinationConfigurations").path("S3Destination");
        assertEquals("eu-west-1", s3Destination.path("S3Region").asText());
        assertEquals("DAILY", export.definition().path("DataQuery").path("TableConfigurations")
                .path("COST_AND_USAGE_REPORT").path("TIME_GRANULARITY").asText());
    }

    @Test
    void without_region_the_bucket_is_asked_for_its_own() {
        String bucket = bucketWithPolicy(true);
        Cli.Run run = run("create-export", "--bucket", bucket, "--account", PAYER, "--name", "found-region");
        assertEquals(0, run.exit(), run.all());
        // LocalS3 names no real region, so the configured default is used, as for any S3-compatible server.
        assertTrue(run.out().contains("Bucket region            us-east-1"), run.out());
    }

    @Test
    void without_region_a_missing_bucket_is_said_plainly() {
        Cli.Run run = run("create-export", "--bucket", "export-cli-no-such-bucket", "--account", PAYER, "--name", "x");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.err().contains("There is no bucket named 'export-cli-no-such-bucket'"), run.err());
    }

    @Test
    void a_name_that_exists_is_refused_before_anything_is_sent() {
        String bucket = bucketWithPolicy(true);
        assertEquals(0, create(bucket, "twice", "--yes").exit());
        Cli.Run again = create(bucket, "twice", "--yes");
        assertEquals(1, again.exit(), again.all());
        assertTrue(again.out().contains("An export named 'twice' exists already in account " + PAYER), again.out());
        assertEquals(1, fake.calls().stream().filter("CreateExport"::equals).count(), fake.calls().toString());
    }

    @Test
    void a_member_account_gets_a_clear_refusal() {
        fake.addMemberAccount(PAYER);
        String bucket = bucketWithPolicy(true);
        Cli.Run run = create(bucket, "member", "--yes");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.err().startsWith("billing-pilot create-export: AWS refused to create 'member' without saying why"),
                run.err());
        assertTrue(run.err().contains("member account") && run.err().contains("--payer-profile"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void an_invalid_name_is_a_usage_error_on_one_line() {
        Cli.Run run = create("acme-billing", "my export");
        assertEquals(2, run.exit(), run.all());
        assertTrue(run.err().contains("'my export' is not a valid Data Export name"), run.err());
        assertEquals(1, run.err().lines().count());
        assertTrue(fake.calls().isEmpty());
    }

    @Test
    void a_legacy_report_is_created_with_put_report_definition() {
        String bucket = bucketWithPolicy(false);
        s3.putPolicy(bucket, io.billingpilot.policy.PolicyFormat.pretty(io.billingpilot.policy.BucketPolicyGenerator
                .generate(new io.billingpilot.policy.PolicyRequest(bucket, io.billingpilot.core.ReportType.CUR, PAYER,
                        io.billingpilot.core.Partition.AWS))));
        Cli.Run run = create(bucket, "hourly-csv", "--report", "cur", "--yes");
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.out().contains("Created: the report definition 'hourly-csv'."), run.out());
        JsonNode report = fake.report(PAYER, "hourly-csv").orElseThrow();
        assertEquals("textORcsv", report.path("Format").asText());
        assertEquals("billing", report.path("S3Prefix").asText());
        assertEquals("RESOURCES", report.path("AdditionalSchemaElements").get(0).asText());
    }

    @Test
    void json_output_carries_the_definition_the_request_and_the_policy() {
        String bucket = bucketWithPolicy(true);
        Cli.Run run = create(bucket, "as-json", "--table", "focus", "--json");
        assertEquals(0, run.exit(), run.all());
        JsonNode json = Json.parse(run.out());
        assertTrue(json.get("ok").booleanValue());
        assertEquals("FOCUS_1_2_AWS", json.path("definition").path("tableName").asText());
        assertTrue(json.path("request").path("Export").path("DataQuery").path("QueryStatement").asText()
                .endsWith("FROM FOCUS_1_2_AWS"));
        assertTrue(json.get("policyAdmitsWriter").booleanValue());
        assertFalse(json.get("created").booleanValue());
    }

    @Test
    void faults_of_the_billing_api_exit_3_with_a_clear_message() {
        String bucket = bucketWithPolicy(true);
        fake.inject("ListExports", Fault.ACCESS_DENIED, 1);
        Cli.Run denied = create(bucket, "denied");
        assertEquals(3, denied.exit(), denied.all());
        assertTrue(denied.err().contains("bcm-data-exports:ListExports"), denied.err());

        fake.inject("*", Fault.THROTTLING, 3);
        Cli.Run throttled = create(bucket, "throttled");
        assertEquals(3, throttled.exit(), throttled.all());
        assertTrue(throttled.err().contains("kept throttling"), throttled.err());

        fake.inject("*", Fault.SERVER_ERROR, 3);
        Cli.Run failing = create(bucket, "failing");
        assertEquals(3, failing.exit(), failing.all());
        assertTrue(failing.err().contains("kept failing"), failing.err());
        for (Cli.Run run : List.of(denied, throttled, failing)) {
            assertFalse(run.all().contains(TestCredentials.SECRET_KEY) || run.all().contains(TestCredentials.SESSION_TOKEN));
        }
    }

    @Test
    void a_bucket_of_another_account_is_read_as_its_owner_and_the_export_created_as_the_payer(@TempDir Path dir)
            throws Exception {
        String owner = "210987654321";
        fake.addKey("AKIAOWNERKEY00000001", "owner-secret", null, owner);
        fake.addKey("AKIAPAYERKEY00000001", "payer-secret", null, PAYER);
        String bucket = bucketWithPolicy(true);
        Path credentials = dir.resolve("credentials");
        Files.writeString(credentials, """
                [bucket-owner]
                aws_access_key_id = AKIAOWNERKEY00000001
                aws_secret_access_key = owner-secret
                [payer]
                aws_access_key_id = AKIAPAYERKEY00000001
                aws_secret_access_key = payer-secret
                """);
        Path config = dir.resolve("config");
        Files.writeString(config, "[profile bucket-owner]\nregion = us-east-1\n[profile payer]\nregion = us-east-1\n");
        Cli.Run run;
        try (DefaultChain ignored = DefaultChain.withProfileFiles(credentials, config);
             AutoCloseable endpoints = FakeClients.endpointProperties(fake)) {
            run = Cli.run("create-export", "--bucket", bucket, "--account", PAYER, "--name", "central",
                    "--region", "us-east-1", "--bucket-owner", owner, "--profile", "bucket-owner",
                    "--payer-profile", "payer", "--endpoint", s3.endpoint().toString(), "--yes");
        }
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.out().contains("Bucket owner             " + owner + " (another account)"), run.out());
        FakeExport export = fake.export(PAYER, "central").orElseThrow();
        assertEquals(owner, export.bucketOwner());
        assertTrue(fake.export(owner, "central").isEmpty(), "created with the payer's credentials, not the owner's");
    }
}

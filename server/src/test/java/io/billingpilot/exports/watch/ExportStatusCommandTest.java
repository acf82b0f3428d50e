package io.billingpilot.exports.watch;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.core.Partition;
import io.billingpilot.exports.ExportDefinition;
import io.billingpilot.exports.ExportInputs;
import io.billingpilot.exports.aws.BillingApis;
import io.billingpilot.exports.fake.FakeBillingApis;
import io.billingpilot.exports.fake.FakeClients;
import io.billingpilot.exports.fake.FakeExport;
import io.billingpilot.exports.fake.Fault;
import io.billingpilot.json.Json;
import io.billingpilot.s3.support.Cli;
import io.billingpilot.s3.support.DefaultChain;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.s3.support.Policies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** status --export / --report cur --name: AWS's own view next to the bucket's listing, on the command line. */
@Timeout(120)
class ExportStatusCommandTest {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String PAYER = FakeClients.PAYER;
    private final LocalS3Server s3 = LocalS3Server.shared();
    private final FakeBillingApis fake = FakeClients.withTestKey(FakeBillingApis.start(FakeClients.policiesOf(s3)));

    @AfterEach
    void stop() {
        fake.close();
    }

    /** A bucket with the Data Exports policy and an export created through the product's own client. */
    private FakeExport export(String name, String bucket) {
        s3.createBucket(bucket);
        s3.putPolicy(bucket, FakeClients.dataExportsPolicy(bucket, PAYER));
        try (BillingApis apis = new BillingApis(FakeClients.settings(fake))) {
            apis.dataExports(Partition.AWS).create(ExportDefinition.from(ExportInputs.dataExport(name, bucket,
                    "us-east-1", PAYER).withPrefix("billing")));
        }
        return fake.export(PAYER, name).orElseThrow();
    }

    private String bucket() {
        return "export-status-" + NEXT.incrementAndGet();
    }

    private Cli.Run status(String... more) {
        List<String> argv = new ArrayList<>(List.of("status", "--endpoint", s3.endpoint().toString()));
        argv.addAll(List.of(more));
        try (DefaultChain ignored = DefaultChain.withTestKeys(); AutoCloseable endpoints = FakeClients.endpointProperties(fake)) {
            return Cli.run(argv.toArray(String[]::new));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_delivered_export_shows_healthy_with_its_successful_run_and_the_files() {
        String bucket = bucket();
        FakeExport export = export("delivered", bucket);
        fake.deliver(export, "2026-11", FakeClients.filesOf(s3));
        Cli.Run run = status("--bucket", bucket, "--export", "delivered", "--account", PAYER, "--prefix", "billing");
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.out().contains("AWS's view of the export 'delivered': HEALTHY, last refreshed "), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("  run ") && line.endsWith("DELIVERY_SUCCESS")), run.out());
        assertTrue(run.out().contains("2026-11"), "the bucket's listing is there too:\n" + run.out());
        assertTrue(run.out().contains("AWS delivered the export 'delivered'"), run.out());
    }

    @Test
    void missing_permission_becomes_a_finding_with_the_merged_policy_as_a_diff() {
        String bucket = bucket();
        FakeExport export = export("no-permission", bucket);
        s3.putPolicy(bucket, Policies.legacy(bucket));
        fake.deliver(export, "2026-11", FakeClients.filesOf(s3));
        Cli.Run run = status("--bucket", bucket, "--export", "no-permission", "--account", PAYER, "--json");
        assertEquals(1, run.exit(), run.all());
        JsonNode json = Json.parse(run.out());
        assertEquals("UNHEALTHY", json.path("aws").path("export").path("statusCode").asText());
        assertEquals("INSUFFICIENT_PERMISSION", json.path("aws").path("export").path("statusReason").asText());
        assertEquals("DELIVERY_FAILURE", json.path("aws").path("runs").get(0).path("statusCode").asText());
        JsonNode finding = json.path("findings").get(0);
        assertEquals("aws-insufficient-permission", finding.path("code").asText(), run.out());
        assertTrue(finding.path("fix").asText().contains("apply-policy --bucket " + bucket), run.out());
        assertTrue(json.path("aws").path("policyFix").path("policy").asText().contains("bcm-data-exports.amazonaws.com"));

        Cli.Run text = status("--bucket", bucket, "--export", "no-permission", "--account", PAYER);
        assertTrue(text.out().lines().anyMatch(line -> line.startsWith("+ ") && line.contains("bcm-data-exports")), text.out());
    }

    @Test
    void each_health_reason_becomes_its_own_finding() {
        String bucket = bucket();
        FakeExport export = export("owner-changed", bucket);
        fake.setHealth(export, "UNHEALTHY", "BILL_OWNER_CHANGED");
        Cli.Run owner = status("--bucket", bucket, "--export", "owner-changed");
        assertEquals(1, owner.exit(), owner.all());
        assertTrue(owner.out().contains("BILL_OWNER_CHANGED") && owner.out().contains("Create the export again"), owner.out());

        fake.setHealth(export, "UNHEALTHY", "INTERNAL_FAILURE");
        fake.addRun(export, "QUERY_FAILURE", "INTERNAL_FAILURE");
        Cli.Run internal = status("--bucket", bucket, "--export", "owner-changed");
        assertTrue(internal.out().contains("INTERNAL_FAILURE, a fault on AWS's side"), internal.out());
        assertTrue(internal.out().contains("The last run of the export 'owner-changed' ended in QUERY_FAILURE"),
                internal.out());
    }

    @Test
    void a_new_export_without_runs_is_waiting() {
        String bucket = bucket();
        export("waiting", bucket);
        Cli.Run run = status("--bucket", bucket, "--export", "waiting");
        assertTrue(run.out().contains("AWS has not run the export 'waiting' yet"), run.out());
    }

    @Test
    void an_unknown_export_is_a_finding() {
        String bucket = bucket();
        s3.createBucket(bucket);
        Cli.Run run = status("--bucket", bucket, "--export", "nowhere");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.out().contains("AWS knows no export named 'nowhere' in the account of these credentials."),
                run.out());
    }

    @Test
    void a_legacy_report_shows_its_last_status_and_the_bucket_as_aws_sees_it() {
        String bucket = bucket();
        s3.createBucket(bucket);
        try (BillingApis apis = new BillingApis(FakeClients.settings(fake))) {
            apis.cur(Partition.AWS).put(ExportDefinition.from(ExportInputs.dataExport("legacy", "Other-Bucket-Name".toLowerCase(),
                    "eu-west-1", PAYER).withReport("cur")));
        }
        fake.setReportStatus(PAYER, "legacy", "ERROR_NO_BUCKET", "20261130T101500Z");
        Cli.Run run = status("--bucket", bucket, "--report", "cur", "--name", "legacy", "--account", PAYER);
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.out().contains("lastStatus ERROR_NO_BUCKET, lastDelivery 20261130T101500Z"), run.out());
        assertTrue(run.out().contains("As AWS sees it, the bucket is 'other-bucket-name' in eu-west-1."), run.out());
        assertTrue(run.out().contains("delivers to the bucket 'other-bucket-name'"), run.out());
    }

    @Test
    void when_aws_cannot_be_asked_the_listing_still_comes_and_the_fault_is_a_finding() {
        String bucket = bucket();
        export("throttled", bucket);
        fake.inject("*", Fault.THROTTLING, 3);
        Cli.Run run = status("--bucket", bucket, "--export", "throttled");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.out().contains("Could not ask AWS about the export 'throttled': Data Exports kept throttling"),
                run.out());
        assertTrue(run.out().contains("Bucket '" + bucket + "'"), run.out());
    }

    @Test
    void when_nothing_can_be_checked_the_exit_status_is_3() {
        Cli.Run run;
        try (DefaultChain ignored = DefaultChain.empty(); AutoCloseable endpoints = FakeClients.endpointProperties(fake)) {
            run = Cli.run("status", "--endpoint", s3.endpoint().toString(), "--bucket", "nobody-home", "--export", "x");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertEquals(3, run.exit(), run.all());
        assertTrue(run.out().contains("AWS_ACCESS_KEY_ID"), run.out());
    }

    @Test
    void a_report_name_needs_report_cur() {
        Cli.Run run = status("--bucket", "some-bucket", "--name", "legacy");
        assertEquals(2, run.exit(), run.all());
        assertTrue(run.err().contains("--report cur"), run.err());
    }
}

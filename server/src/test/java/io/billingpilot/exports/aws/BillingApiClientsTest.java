package io.billingpilot.exports.aws;

import io.billingpilot.core.Partition;
import io.billingpilot.exports.ExportDefinition;
import io.billingpilot.exports.ExportInputs;
import io.billingpilot.exports.fake.FakeBillingApis;
import io.billingpilot.exports.fake.FakeClients;
import io.billingpilot.exports.fake.FakeExport;
import io.billingpilot.exports.fake.Fault;
import io.billingpilot.s3.S3Timeouts;
import io.billingpilot.s3.support.TestCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(60)
class BillingApiClientsTest {
    private FakeBillingApis fake;
    private BillingApis apis;

    private static ExportDefinition definition(String name) {
        return ExportDefinition.from(ExportInputs.dataExport(name, "acme-billing", "eu-west-1", FakeClients.PAYER)
                .withPrefix("billing"));
    }

    @BeforeEach
    void start() {
        fake = FakeClients.withTestKey(FakeBillingApis.start(null));
        apis = new BillingApis(FakeClients.settings(fake));
    }

    @AfterEach
    void stop() {
        apis.close();
        fake.close();
    }

    @Test
    void an_export_is_created_with_a_signed_json_request_and_read_back() {
        DataExportsClient client = apis.dataExports(Partition.AWS);
        String arn = client.create(definition("cur2-hourly"));
        assertTrue(arn.startsWith("arn:aws:bcm-data-exports:us-east-1:123456789012:export/cur2-hourly-"), arn);

        FakeExport stored = fake.export(FakeClients.PAYER, "cur2-hourly").orElseThrow();
        assertEquals("COST_AND_USAGE_REPORT", stored.definition().path("DataQuery").path("TableConfigurations")
                .fieldNames().next());
        assertEquals("billing", stored.prefix());

        DataExportsClient.Summary found = client.find("cur2-hourly").orElseThrow();
        assertEquals(arn, found.arn());
        DataExportsClient.Details details = client.get(arn);
        assertEquals("acme-billing", details.bucket());
        assertEquals("eu-west-1", details.bucketRegion());
        assertTrue(details.status().healthy());
        assertEquals(List.of("CreateExport", "ListExports", "GetExport"), fake.calls());
    }

    @Test
    void runs_come_back_newest_first() {
        DataExportsClient client = apis.dataExports(Partition.AWS);
        String arn = client.create(definition("runs"));
        FakeExport export = fake.export(FakeClients.PAYER, "runs").orElseThrow();
        fake.addRun(export, "DELIVERY_FAILURE", "INSUFFICIENT_PERMISSION");
        fake.addRun(export, "DELIVERY_SUCCESS", null);
        List<DataExportsClient.Execution> runs = client.executions(arn, 5);
        assertEquals(2, runs.size());
        assertTrue(runs.get(0).completedAt().compareTo(runs.get(1).completedAt()) >= 0);
    }

    @Test
    void a_request_signed_with_the_wrong_secret_is_refused_by_the_fake() {
        BillingApiSettings wrong = FakeClients.settings(fake).withCredentials(StaticCredentialsProvider.create(
                AwsBasicCredentials.create(TestCredentials.ACCESS_KEY, "not-the-secret")));
        fake.addKey(TestCredentials.ACCESS_KEY, TestCredentials.SECRET_KEY, null, FakeClients.PAYER);
        try (BillingApis other = new BillingApis(wrong)) {
            BillingApiFailure e = assertThrows(BillingApiFailure.class,
                    () -> other.dataExports(Partition.AWS).find("x"));
            assertEquals(BillingApiFailure.Kind.BAD_CREDENTIALS, e.kind());
            assertEquals("InvalidSignatureException", e.errorCode());
        }
        assertEquals(List.of("!ListExports"), fake.calls());
    }

    @Test
    void a_request_signed_for_another_region_gets_the_empty_validation_answer_explained() {
        AwsJsonClient elsewhere = new AwsJsonClient(BillingService.DATA_EXPORTS, fake.endpoint(), "eu-west-1",
                TestCredentials.provider(), null, software.amazon.awssdk.http.apache5.Apache5HttpClient.create(),
                S3Timeouts.DEFAULT);
        BillingApiFailure e = assertThrows(BillingApiFailure.class,
                () -> new DataExportsClient(elsewhere).create(definition("elsewhere")));
        assertEquals(BillingApiFailure.Kind.EMPTY_VALIDATION, e.kind());
        assertTrue(e.getMessage().contains("another region than us-east-1") && e.getMessage().contains("member account"),
                e.getMessage());
        assertTrue(fake.export(FakeClients.PAYER, "elsewhere").isEmpty());
    }

    @Test
    void throttling_is_retried_with_back_off_until_it_passes() {
        fake.inject("ListExports", Fault.THROTTLING, 2);
        assertTrue(apis.dataExports(Partition.AWS).find("none").isEmpty());
        assertEquals(List.of("ListExports", "ListExports", "ListExports"), fake.calls());
    }

    @Test
    void throttling_that_outlasts_the_retries_says_so() {
        fake.inject("ListExports", Fault.THROTTLING, 10);
        BillingApiFailure e = assertThrows(BillingApiFailure.class, () -> apis.dataExports(Partition.AWS).find("x"));
        assertEquals(BillingApiFailure.Kind.THROTTLED, e.kind());
        assertTrue(e.kind().blocksChecking());
    }

    @Test
    void server_errors_are_retried_then_reported() {
        fake.inject("*", Fault.SERVER_ERROR, 10);
        BillingApiFailure e = assertThrows(BillingApiFailure.class, () -> apis.cur(Partition.AWS).describeAll());
        assertEquals(BillingApiFailure.Kind.SERVER_ERROR, e.kind());
        assertEquals(3, fake.calls().size());
    }

    @Test
    void access_denied_names_the_missing_iam_action() {
        fake.inject("ListExports", Fault.ACCESS_DENIED, 1);
        BillingApiFailure e = assertThrows(BillingApiFailure.class, () -> apis.dataExports(Partition.AWS).find("x"));
        assertEquals(BillingApiFailure.Kind.ACCESS_DENIED, e.kind());
        assertTrue(e.getMessage().contains("bcm-data-exports:ListExports"), e.getMessage());
        assertEquals(1, fake.calls().size(), "access denied is not retried");
    }

    @Test
    void a_slow_endpoint_is_given_up_on_within_the_call_timeout() {
        fake.delayEachCall(Duration.ofSeconds(5));
        BillingApiSettings quick = FakeClients.settings(fake).withTimeouts(new S3Timeouts(Duration.ofMillis(1500),
                Duration.ofMillis(400), Duration.ofMillis(400), 3));
        try (BillingApis impatient = new BillingApis(quick)) {
            long start = System.nanoTime();
            BillingApiFailure e = assertThrows(BillingApiFailure.class,
                    () -> impatient.dataExports(Partition.AWS).find("x"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(BillingApiFailure.Kind.TIMEOUT, e.kind());
            assertTrue(millis < 4_000, "gave up after " + millis + " ms");
        }
    }

    @Test
    void a_legacy_report_is_put_and_described_with_its_status() {
        CurReportsClient cur = apis.cur(Partition.AWS);
        ExportDefinition report = ExportDefinition.from(ExportInputs.dataExport("hourly-csv", "acme-billing",
                "us-east-1", FakeClients.PAYER).withReport("cur").withPrefix("cur"));
        cur.put(report);
        fake.setReportStatus(FakeClients.PAYER, "hourly-csv", "ERROR_PERMISSIONS", "20261130T101500Z");
        CurReportsClient.Report found = cur.find("hourly-csv").orElseThrow();
        assertEquals("ERROR_PERMISSIONS", found.lastStatus());
        assertEquals("20261130T101500Z", found.lastDelivery());
        assertEquals("cur", found.prefix());

        BillingApiFailure clash = assertThrows(BillingApiFailure.class, () -> cur.put(report));
        assertEquals(BillingApiFailure.Kind.NAME_TAKEN, clash.kind());
    }

    @Test
    void the_sixth_legacy_report_hits_the_quota() {
        CurReportsClient cur = apis.cur(Partition.AWS);
        for (int i = 1; i <= 5; i++) {
            cur.put(ExportDefinition.from(ExportInputs.dataExport("r" + i, "acme-billing", "us-east-1",
                    FakeClients.PAYER).withReport("cur")));
        }
        assertEquals(5, cur.describeAll().size());
        BillingApiFailure e = assertThrows(BillingApiFailure.class, () -> cur.put(ExportDefinition.from(
                ExportInputs.dataExport("r6", "acme-billing", "us-east-1", FakeClients.PAYER).withReport("cur"))));
        assertEquals(BillingApiFailure.Kind.QUOTA, e.kind());
    }

    @Test
    void no_failure_message_carries_a_secret() {
        fake.inject("*", Fault.ACCESS_DENIED, 1);
        BillingApiFailure e = assertThrows(BillingApiFailure.class, () -> apis.dataExports(Partition.AWS).find("x"));
        assertFalse(e.getMessage().contains(TestCredentials.SECRET_KEY));
        assertFalse(e.getMessage().contains(TestCredentials.SESSION_TOKEN));
        assertFalse(apis.settings().toString().contains(TestCredentials.SECRET_KEY));
    }

    @Test
    void govcloud_has_no_billing_api() {
        BillingApiFailure e = assertThrows(BillingApiFailure.class, () -> apis.dataExports(Partition.AWS_US_GOV));
        assertEquals(BillingApiFailure.Kind.UNAVAILABLE, e.kind());
    }
}

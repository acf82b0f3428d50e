package io.billingpilot.s3.status;

import io.billingpilot.core.Finding;
import io.billingpilot.s3.Outcome;
import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.s3.support.RequestCounter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Report files arriving month after month, found by listing only. "Today" is 2024-06-15. */
class StatusCheckerTest {
    private static final String ACCOUNT = "123456789012";
    private static final Clock JUNE_15 = Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC);
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static LocalS3Server s3;
    private static RequestCounter counter;
    private static S3Access access;

    @BeforeAll
    static void start() {
        s3 = LocalS3Server.shared();
        counter = new RequestCounter();
        access = new S3Access(s3.settings().withInterceptor(counter));
    }

    @AfterAll
    static void stop() {
        access.close();
    }

    private static String newBucket() {
        String bucket = "status-" + NEXT.incrementAndGet();
        s3.createBucket(bucket);
        return bucket;
    }

    private static DeliveryStatus status(String bucket, String report, String account, String prefix) {
        return new StatusChecker(access, JUNE_15).check(StatusRequest.parse(bucket, report, account, null, prefix));
    }

    private static MonthRow month(SourceStatus source, String month) {
        return source.months().stream().filter(row -> row.month().equals(month)).findFirst().orElseThrow();
    }

    private static List<String> kinds(MonthRow row) {
        return row.files().stream().map(ReportFile::kind).sorted().toList();
    }

    private static boolean has(DeliveryStatus status, String code) {
        return status.findings().stream().anyMatch(f -> f.code().equals(code));
    }

    @Test
    void legacy_files_of_several_months_are_listed_by_month_with_sizes_times_and_gaps() {
        String bucket = newBucket();
        for (String month : List.of("2024-03", "2024-04", "2024-05", "2024-06")) {
            s3.put(bucket, ACCOUNT + "-aws-billing-csv-" + month + ".csv", "InvoiceID,PayerAccountId\n");
            s3.put(bucket, ACCOUNT + "-aws-cost-allocation-" + month + ".csv", "x");
        }
        for (String month : List.of("2024-04", "2024-05", "2024-06")) {
            s3.put(bucket, ACCOUNT + "-aws-billing-detailed-line-items-" + month + ".csv.zip", "zip");
        }
        for (String month : List.of("2024-03", "2024-05")) {
            s3.put(bucket, ACCOUNT + "-aws-billing-detailed-line-items-with-resources-and-tags-" + month + ".csv.zip", "z");
        }
        DeliveryStatus status = status(bucket, "dbr", ACCOUNT, null);

        assertEquals(Outcome.FINE, status.outcome(), status.findings().toString());
        SourceStatus source = status.sources().get(0);
        assertEquals(ACCOUNT, source.name());
        assertEquals(List.of("2024-03", "2024-04", "2024-05", "2024-06"), source.months().stream().map(MonthRow::month).toList());
        assertEquals(List.of("costAllocation", "detailedTags", "monthly"), kinds(month(source, "2024-03")));
        assertEquals(List.of("detailedTags"), month(source, "2024-04").missing());
        assertEquals(List.of("detailedTags"), month(source, "2024-06").missing());
        ReportFile monthly = month(source, "2024-05").files().stream().filter(f -> f.kind().equals("monthly")).findFirst()
                .orElseThrow();
        assertEquals(ACCOUNT + "-aws-billing-csv-2024-05.csv", monthly.key());
        assertEquals(25, monthly.size());
        assertNotNull(monthly.lastModified());
        assertTrue(has(status, "missing-months"), "the April gap is reported");
        assertTrue(has(status, "late"), "June's tagged report is late on the 15th");
    }

    @Test
    void regional_variants_count_as_their_report() {
        String bucket = newBucket();
        s3.put(bucket, ACCOUNT + "-aws-billing-csv-ACTS-Ningxia-2024-06.csv", "x");
        s3.put(bucket, ACCOUNT + "-aws-cost-allocation-AISPL-2024-06.csv", "x");
        s3.put(bucket, ACCOUNT + "-aws-billing-detailed-line-items-ACTS-2024-06.csv.zip", "x");
        DeliveryStatus status = status(bucket, "dbr", ACCOUNT, null);
        assertEquals(List.of("costAllocation", "detailed", "monthly"), kinds(month(status.sources().get(0), "2024-06")));
    }

    @Test
    void without_the_account_id_it_is_found_from_the_file_names_at_the_root() {
        String bucket = newBucket();
        s3.put(bucket, "000-readme.txt", "x");
        s3.put(bucket, "2024/01/other.csv", "x");
        s3.put(bucket, ACCOUNT + "-aws-billing-csv-2024-06.csv", "x");
        s3.put(bucket, "zz-other.txt", "x");
        DeliveryStatus status = status(bucket, "dbr", null, null);
        assertEquals(List.of(ACCOUNT), status.sources().stream().map(SourceStatus::name).toList());
        assertEquals(List.of("monthly"), kinds(month(status.sources().get(0), "2024-06")));
    }

    @Test
    void an_empty_bucket_has_no_reports_yet_which_is_a_finding_and_the_verification_object_is_noticed() {
        String bucket = newBucket();
        s3.put(bucket, "aws-programmatic-access-test-object", "");
        DeliveryStatus status = status(bucket, "dbr", ACCOUNT, null);
        assertEquals(Outcome.FINDINGS, status.outcome());
        assertTrue(status.findings().stream().anyMatch(f -> f.code().equals("no-reports-yet") && f.isError()));
        assertNotNull(status.verificationObject());
        assertEquals("aws-programmatic-access-test-object", status.verificationObject().key());
    }

    @Test
    void a_missing_bucket_is_a_finding_not_a_failure_to_check() {
        DeliveryStatus status = status("no-such-status-bucket", "dbr", ACCOUNT, null);
        assertEquals(Outcome.FINDINGS, status.outcome());
        assertNull(status.region());
        assertTrue(status.findings().stream().anyMatch(Finding::isError));
    }

    @Test
    void thousands_of_unrelated_objects_cost_no_extra_list_requests() throws InterruptedException {
        String bucket = newBucket();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 800; i++) {
            String key = i % 2 == 0 ? "logs/2024/06/event-" + i + ".json" : "photos/img-" + i + ".jpg";
            pool.execute(() -> s3.put(bucket, key, "x"));
        }
        for (int i = 0; i < 1200; i++) { // more than one page of 1000 at the root
            String key = "archive-" + i + ".txt";
            pool.execute(() -> s3.put(bucket, key, "x"));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(2, TimeUnit.MINUTES));
        for (String month : List.of("2024-04", "2024-05", "2024-06")) {
            s3.put(bucket, ACCOUNT + "-aws-billing-csv-" + month + ".csv", "x");
        }

        counter.reset();
        DeliveryStatus known = status(bucket, "dbr", ACCOUNT, null);
        assertEquals(3, known.sources().get(0).months().stream().filter(row -> !row.files().isEmpty()).count());
        assertEquals(1, counter.count("ListObjectsV2"), "one prefix listing when the account is known");

        counter.reset();
        DeliveryStatus discovered = status(bucket, "dbr", null, null);
        assertEquals(List.of(ACCOUNT), discovered.sources().stream().map(SourceStatus::name).toList());
        assertEquals(1, counter.count("ListObjectsV2"), "the root scan stops at the first key past the digits");
        assertEquals(1, discovered.listRequests());
    }

    @Test
    void cur_manifests_are_found_per_billing_period_without_walking_other_folders() {
        String bucket = newBucket();
        String root = "cur/metricly/";
        s3.put(bucket, root + "20240401-20240501/metricly-Manifest.json", "{}");
        s3.put(bucket, root + "20240401-20240501/metricly-00001.csv.gz", "gz");
        s3.put(bucket, root + "20240501-20240601/metricly-Manifest.json", "{}");
        s3.put(bucket, root + "20240501-20240601/3f2a-assembly/metricly-00001.csv.gz", "gz");
        s3.put(bucket, root + "20240601-20240701/3f2b-assembly/metricly-00001.csv.gz", "gz");
        for (int i = 0; i < 50; i++) {
            s3.put(bucket, "logs/day-" + i + "/x.log", "x");
        }
        DeliveryStatus status = status(bucket, "cur", null, null);
        assertEquals(List.of(root), status.sources().stream().map(SourceStatus::name).toList());
        SourceStatus source = status.sources().get(0);
        assertEquals(List.of("data", "manifest"), kinds(month(source, "2024-04")));
        assertEquals(List.of("data", "manifest"), kinds(month(source, "2024-05")), "the version's files count");
        assertEquals(List.of("data"), kinds(month(source, "2024-06")), "a version without the period's manifest yet");
        assertEquals(List.of("manifest"), month(source, "2024-06").missing());
        assertTrue(status.listRequests() <= 8, "listed " + status.listRequests() + " times");

        DeliveryStatus pointed = status(bucket, "cur", null, "cur/metricly");
        assertEquals(List.of(root), pointed.sources().stream().map(SourceStatus::name).toList());
    }

    @Test
    void data_export_manifests_and_files_are_found_by_billing_period() {
        String bucket = newBucket();
        String root = "exports/focus/";
        s3.put(bucket, root + "metadata/BILLING_PERIOD=2024-05/focus-Manifest.json", "{}");
        s3.put(bucket, root + "data/BILLING_PERIOD=2024-05/focus-00001.csv.gz", "gz");
        s3.put(bucket, root + "metadata/BILLING_PERIOD=2024-06/focus-Manifest.json", "{}");
        s3.put(bucket, root + "data/BILLING_PERIOD=2024-06/focus-00001.csv.gz", "gz");
        s3.put(bucket, root + "data/BILLING_PERIOD=2024-06/focus-00002.csv.gz", "gz");
        DeliveryStatus status = status(bucket, "data-exports", "123456789012", null);
        assertEquals(Outcome.FINE, status.outcome(), status.findings().toString());
        SourceStatus source = status.sources().get(0);
        assertEquals(root, source.name());
        assertEquals(List.of("data", "data", "manifest"), kinds(month(source, "2024-06")));
        assertTrue(month(source, "2024-06").missing().isEmpty());
    }

    @Test
    void a_data_export_in_create_new_mode_counts_only_its_newest_refresh_and_names_the_older_ones() {
        String bucket = newBucket();
        String root = "billing/cur2-hourly/";
        String data = root + "data/BILLING_PERIOD=2024-06/";
        String metadata = root + "metadata/BILLING_PERIOD=2024-06/";
        s3.put(bucket, data + "20240614T0100Z-aaa/cur2-hourly-00001.csv.gz", "old");
        s3.put(bucket, data + "20240614T0100Z-aaa/cur2-hourly-00002.csv.gz", "old");
        s3.put(bucket, metadata + "20240614T0100Z-aaa/cur2-hourly-Manifest.json", "{}");
        s3.put(bucket, data + "20240615T0100Z-bbb/cur2-hourly-00001.csv.gz", "new");
        s3.put(bucket, metadata + "20240615T0100Z-bbb/cur2-hourly-Manifest.json", "{}");
        s3.put(bucket, metadata + "cur2-hourly-Manifest.json", "{}");
        DeliveryStatus status = status(bucket, "data-exports", ACCOUNT, "billing/cur2-hourly");
        MonthRow june = month(status.sources().get(0), "2024-06");
        assertEquals(List.of("data", "manifest"), kinds(june), june.toString());
        assertTrue(june.files().stream().anyMatch(f -> f.key().equals(data + "20240615T0100Z-bbb/cur2-hourly-00001.csv.gz")));
        assertTrue(june.files().stream().anyMatch(f -> f.key().equals(metadata + "cur2-hourly-Manifest.json")),
                "the period's own manifest is the latest");
        assertTrue(status.findings().stream().anyMatch(f -> f.code().equals("older-refreshes")
                && f.message().contains("1 older refresh of 2024-06")), status.findings().toString());
    }

    @Test
    void a_data_export_s_emptied_surplus_chunks_are_not_data() {
        String bucket = newBucket();
        String root = "cur2/";
        s3.put(bucket, root + "data/BILLING_PERIOD=2024-06/cur2-00001.snappy.parquet", "parquet");
        s3.put(bucket, root + "data/BILLING_PERIOD=2024-06/cur2-00002.snappy.parquet", "");
        s3.put(bucket, root + "metadata/BILLING_PERIOD=2024-06/cur2-Manifest.json", "{}");
        MonthRow june = month(status(bucket, "data-exports", ACCOUNT, null).sources().get(0), "2024-06");
        assertEquals(List.of("data", "manifest"), kinds(june), june.toString());
    }

    @Test
    void a_legacy_cur_with_report_versions_counts_the_newest_version_and_the_athena_layout_is_read() {
        String bucket = newBucket();
        String period = "cur/metricly/20240601-20240701/";
        s3.put(bucket, period + "aaa-1/metricly-1.csv.gz", "old");
        s3.put(bucket, period + "aaa-1/metricly-Manifest.json", "{}");
        s3.put(bucket, period + "bbb-2/metricly-1.csv.gz", "new");
        s3.put(bucket, period + "bbb-2/metricly-Manifest.json", "{}");
        s3.put(bucket, period + "metricly-Manifest.json", "{}");
        DeliveryStatus status = status(bucket, "cur", null, "cur/metricly");
        MonthRow june = month(status.sources().get(0), "2024-06");
        assertEquals(List.of(period + "bbb-2/metricly-1.csv.gz", period + "metricly-Manifest.json"),
                june.files().stream().map(ReportFile::key).sorted().toList());
        assertTrue(has(status, "older-versions"), status.findings().toString());

        String athena = newBucket();
        s3.put(athena, "cur/athena/athena/year=2024/month=6/athena-00001.snappy.parquet", "p");
        s3.put(athena, "cur/athena/athena/cost_and_usage_data_status/status.parquet", "s");
        s3.put(athena, "cur/athena/crawler-cfn.yml", "y");
        DeliveryStatus parquet = status(athena, "cur", null, null);
        assertEquals(List.of("cur/athena/athena/"), parquet.sources().stream().map(SourceStatus::name).toList());
        assertEquals(List.of("data"), kinds(month(parquet.sources().get(0), "2024-06")));
    }
}

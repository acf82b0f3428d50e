package io.billingpilot.guide;

import io.billingpilot.guide.model.Step;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The delivery step for a Data Export and a legacy CUR: files looked for under the saved prefix and name only. */
class ExportDeliveryPagesTest {
    private static final LocalS3Server S3 = LocalS3Server.shared();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startWithS3(S3.settings());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void session(String json) {
        HttpResponse<String> put = server.putJson("/api/v1/session", json);
        assertEquals(200, put.statusCode(), put.body());
    }

    @Test
    void a_data_export_s_files_are_found_under_its_prefix_and_name_and_no_other_export_s() {
        String bucket = "guide-export-delivery";
        S3.createBucket(bucket);
        session("{\"bucket\":\"" + bucket + "\",\"region\":\"us-east-1\",\"report\":\"data-exports\","
                + "\"account\":\"123456789012\",\"exportName\":\"cur2-hourly\",\"prefix\":\"billing\"}");
        String before = server.get(Step.DELIVERY.path()).body();
        assertTrue(before.contains("Nothing has arrived yet"), before);
        assertTrue(before.contains("billing/cur2-hourly/metadata/BILLING_PERIOD=YYYY-MM/cur2-hourly-Manifest.json"),
                "where to look, with the saved names");

        String month = YearMonth.now(ZoneOffset.UTC).toString();
        S3.put(bucket, "other/focus/data/BILLING_PERIOD=" + month + "/focus-00001.csv.gz", "x");
        S3.put(bucket, "other/focus/metadata/BILLING_PERIOD=" + month + "/focus-Manifest.json", "{}");
        S3.put(bucket, "billing/cur2-hourly/data/BILLING_PERIOD=" + month + "/cur2-hourly-00001.csv.gz", "x");
        S3.put(bucket, "billing/cur2-hourly/metadata/BILLING_PERIOD=" + month + "/cur2-hourly-Manifest.json", "{}");
        String page = server.get(Step.DELIVERY.path()).body();
        assertTrue(page.contains("Report files are arriving."), page);
        assertTrue(page.contains("<code>billing/cur2-hourly/data/BILLING_PERIOD=" + month + "/cur2-hourly-00001.csv.gz</code>"), page);
        assertFalse(page.contains("other/focus/"), "another export's files are not listed");
    }

    @Test
    void a_legacy_cur_s_files_are_found_by_their_billing_period_folder() {
        String bucket = "guide-cur-delivery";
        S3.createBucket(bucket);
        session("{\"bucket\":\"" + bucket + "\",\"region\":\"us-east-1\",\"report\":\"cur\","
                + "\"account\":\"123456789012\",\"exportName\":\"metricly\",\"prefix\":\"cur\"}");
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        String period = "cur/metricly/" + month.atDay(1).toString().replace("-", "") + "-"
                + month.plusMonths(1).atDay(1).toString().replace("-", "") + "/";
        S3.put(bucket, period + "metricly-Manifest.json", "{}");
        S3.put(bucket, period + "metricly-1.csv.gz", "x");
        String page = server.get(Step.DELIVERY.path()).body();
        assertTrue(page.contains("<code>" + period + "metricly-1.csv.gz</code>"), page);
        assertTrue(page.contains("yyyymmdd-yyyymmdd/metricly-Manifest.json"), page);
    }
}

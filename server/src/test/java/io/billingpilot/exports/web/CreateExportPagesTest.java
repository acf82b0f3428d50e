package io.billingpilot.exports.web;

import io.billingpilot.exports.fake.FakeBillingApis;
import io.billingpilot.exports.fake.FakeClients;
import io.billingpilot.exports.fake.ServerWithFakeApis;
import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.guide.model.Step;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Step 2's "create the export from here" without JavaScript and as htmx fragments: plan, then confirmation. */
@Timeout(120)
class CreateExportPagesTest {
    private static final LocalS3Server S3 = LocalS3Server.shared();
    private static final String PAYER = FakeClients.PAYER;
    private static ServerWithFakeApis aws;
    private static FakeBillingApis fake;
    private static TestServer server;

    @BeforeAll
    static void start() {
        aws = ServerWithFakeApis.start(S3);
        fake = aws.fake();
        server = aws.server();
    }

    @AfterAll
    static void stop() throws Exception {
        aws.close();
    }

    private static void session(String bucket, boolean admits) {
        S3.createBucket(bucket);
        if (admits) {
            S3.putPolicy(bucket, FakeClients.dataExportsPolicy(bucket, PAYER));
        }
        server.putJson("/api/v1/session", "{\"bucket\":\"" + bucket + "\",\"region\":\"us-east-1\",\"report\":"
                + "\"data-exports\",\"account\":\"" + PAYER + "\"}");
    }

    @Test
    void the_reports_step_offers_the_panel_for_data_exports() {
        session("guide-export-panel", true);
        String page = server.get(Step.REPORTS.path()).body();
        assertTrue(page.contains("Or create the export from here"), page);
        assertTrue(page.contains("action=\"" + GuidePaths.CREATE_EXPORT), page);
    }

    @Test
    void the_plan_comes_first_and_only_the_confirmation_creates_the_export() {
        session("guide-export-create", true);
        HttpResponse<String> plan = server.postForm(GuidePaths.CREATE_EXPORT,
                Map.of("name", "guide-cur2", "prefix", "billing"), Map.of());
        assertEquals(200, plan.statusCode(), plan.body());
        assertTrue(plan.body().startsWith("<!DOCTYPE html>"), "a whole page without JavaScript");
        assertTrue(plan.body().contains("<dt>Export name</dt><dd>guide-cur2</dd>"), plan.body());
        assertTrue(plan.body().contains("The bucket&#x27;s policy lets AWS deliver") ||
                plan.body().contains("The bucket's policy lets AWS deliver"), plan.body());
        assertTrue(plan.body().contains("Yes, create the export guide-cur2"), plan.body());
        assertTrue(fake.export(PAYER, "guide-cur2").isEmpty());

        HttpResponse<String> created = server.postForm(GuidePaths.CREATE_EXPORT,
                Map.of("name", "guide-cur2", "prefix", "billing", "confirm", "yes"), Map.of("HX-Request", "true"));
        assertEquals(200, created.statusCode(), created.body());
        assertFalse(created.body().startsWith("<!DOCTYPE html>"), "an htmx fragment");
        assertTrue(created.body().contains("Created the export guide-cur2."), created.body());
        assertEquals("billing", fake.export(PAYER, "guide-cur2").orElseThrow().prefix());
        String session = server.get("/api/v1/session").body();
        assertTrue(session.contains("\"exportName\":\"guide-cur2\""), "the delivery step watches it next: " + session);
    }

    @Test
    void a_refusing_policy_shows_the_diff_and_no_confirm_button() {
        session("guide-export-refused", false);
        HttpResponse<String> plan = server.postForm(GuidePaths.CREATE_EXPORT, Map.of("name", "guide-refused"),
                Map.of("HX-Request", "true"));
        assertEquals(200, plan.statusCode(), plan.body());
        assertTrue(plan.body().contains("would refuse"), plan.body());
        assertTrue(plan.body().contains("class=\"diff\""), plan.body());
        assertFalse(plan.body().contains("Yes, create"), plan.body());
        HttpResponse<String> forced = server.postForm(GuidePaths.CREATE_EXPORT,
                Map.of("name", "guide-refused", "confirm", "yes"), Map.of("HX-Request", "true"));
        assertEquals(409, forced.statusCode(), forced.body());
        assertTrue(fake.export(PAYER, "guide-refused").isEmpty());
    }

    @Test
    void an_invalid_name_is_a_422_with_the_rule() {
        session("guide-export-invalid", true);
        HttpResponse<String> plan = server.postForm(GuidePaths.CREATE_EXPORT, Map.of("name", "no good"),
                Map.of("HX-Request", "true"));
        assertEquals(422, plan.statusCode(), plan.body());
        assertTrue(plan.body().contains("cannot contain spaces"), plan.body());
    }
}

package io.billingpilot.exports.watch;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.core.Partition;
import io.billingpilot.exports.ExportDefinition;
import io.billingpilot.exports.ExportInputs;
import io.billingpilot.exports.aws.BillingApis;
import io.billingpilot.exports.fake.FakeBillingApis;
import io.billingpilot.exports.fake.FakeClients;
import io.billingpilot.exports.fake.ServerWithFakeApis;
import io.billingpilot.exports.fake.FakeExport;
import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.guide.model.Step;
import io.billingpilot.json.Json;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.s3.support.Policies;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/v1/status and the guide's delivery step with AWS's own view of the export. */
@Timeout(120)
class ExportStatusApiTest {
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

    private static FakeExport export(String name, String bucket) {
        S3.createBucket(bucket);
        S3.putPolicy(bucket, FakeClients.dataExportsPolicy(bucket, PAYER));
        try (BillingApis apis = new BillingApis(FakeClients.settings(fake))) {
            apis.dataExports(Partition.AWS).create(ExportDefinition.from(ExportInputs.dataExport(name, bucket,
                    "us-east-1", PAYER).withPrefix("billing")));
        }
        return fake.export(PAYER, name).orElseThrow();
    }

    @Test
    void status_with_an_export_adds_aws_view_to_the_listing() {
        FakeExport export = export("api-watched", "export-status-api-1");
        fake.deliver(export, "2026-11", FakeClients.filesOf(S3));
        HttpResponse<String> response = server.get("/api/v1/status?bucket=export-status-api-1&export=api-watched"
                + "&account=" + PAYER + "&prefix=billing");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode json = Json.parse(response.body());
        assertTrue(json.get("ok").booleanValue(), response.body());
        assertEquals("HEALTHY", json.path("aws").path("export").path("statusCode").asText());
        assertEquals("DELIVERY_SUCCESS", json.path("aws").path("runs").get(0).path("statusCode").asText());
        assertEquals("data-exports", json.get("report").asText());
        assertTrue(json.path("sources").size() > 0, response.body());
    }

    @Test
    void the_delivery_step_shows_what_aws_says_about_the_sessions_export() {
        FakeExport export = export("guide-watched", "export-status-api-2");
        S3.putPolicy("export-status-api-2", Policies.legacy("export-status-api-2"));
        fake.deliver(export, "2026-11", FakeClients.filesOf(S3));
        server.putJson("/api/v1/session", "{\"bucket\":\"export-status-api-2\",\"region\":\"us-east-1\",\"report\":"
                + "\"data-exports\",\"account\":\"" + PAYER + "\",\"exportName\":\"guide-watched\"}");
        HttpResponse<String> fragment = server.send(HttpRequest.newBuilder(URI.create(server.url(GuidePaths.DELIVERY_STATUS)))
                .header("HX-Request", "true").GET());
        assertEquals(200, fragment.statusCode(), fragment.body());
        assertTrue(fragment.body().contains("What AWS says about the export guide-watched"), fragment.body());
        assertTrue(fragment.body().contains("Status: UNHEALTHY (INSUFFICIENT_PERMISSION)"), fragment.body());
        assertTrue(fragment.body().contains("data-code=\"aws-insufficient-permission\""), fragment.body());
        assertTrue(fragment.body().contains("class=\"diff\""), fragment.body());
        String page = server.get(Step.DELIVERY.path()).body();
        assertTrue(page.contains("What AWS says about the export guide-watched"), page);
    }

    @Test
    void without_an_export_name_status_answers_as_before() {
        S3.createBucket("export-status-api-3");
        JsonNode json = Json.parse(server.get("/api/v1/status?bucket=export-status-api-3&report=dbr").body());
        assertFalse(json.has("aws"));
    }
}

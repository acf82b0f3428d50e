package io.billingpilot.exports.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.exports.fake.FakeBillingApis;
import io.billingpilot.exports.fake.FakeClients;
import io.billingpilot.exports.fake.ServerWithFakeApis;
import io.billingpilot.exports.fake.Fault;
import io.billingpilot.json.Json;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/v1/actions/create-export on a real server, with LocalS3 and the fake billing APIs. */
@Timeout(120)
class CreateExportApiTest {
    private static final AtomicInteger NEXT = new AtomicInteger();
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

    private static String bucket(boolean admits) {
        String bucket = "export-api-" + NEXT.incrementAndGet();
        S3.createBucket(bucket);
        if (admits) {
            S3.putPolicy(bucket, FakeClients.dataExportsPolicy(bucket, PAYER));
        }
        return bucket;
    }

    private static String body(String bucket, String name, String more) {
        return "{\"bucket\":\"" + bucket + "\",\"account\":\"" + PAYER + "\",\"region\":\"us-east-1\",\"report\":"
                + "\"data-exports\",\"name\":\"" + name + "\",\"prefix\":\"billing\"" + more + "}";
    }

    @Test
    void without_confirm_the_plan_is_answered_and_nothing_is_created() {
        String bucket = bucket(true);
        HttpResponse<String> response = server.postJson("/api/v1/actions/create-export", body(bucket, "api-plan", ""));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode json = Json.parse(response.body());
        assertTrue(json.get("ok").booleanValue(), response.body());
        assertFalse(json.get("applied").booleanValue());
        assertEquals("COST_AND_USAGE_REPORT", json.path("definition").path("tableName").asText());
        assertTrue(json.path("definition").path("query").asText().startsWith("SELECT bill_bill_type"));
        assertTrue(json.get("policyAdmitsWriter").booleanValue());
        assertTrue(fake.export(PAYER, "api-plan").isEmpty());
    }

    @Test
    void with_confirm_the_export_is_created() {
        String bucket = bucket(true);
        HttpResponse<String> response = server.postJson("/api/v1/actions/create-export",
                body(bucket, "api-created", ",\"confirm\":true"));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode json = Json.parse(response.body());
        assertTrue(json.get("applied").booleanValue(), response.body());
        assertTrue(json.get("exportArn").asText().contains(":export/api-created-"));
        assertTrue(fake.export(PAYER, "api-created").isPresent());
    }

    @Test
    void a_refusing_policy_is_a_409_with_the_merged_policy_and_diff() {
        String bucket = bucket(false);
        HttpResponse<String> response = server.postJson("/api/v1/actions/create-export",
                body(bucket, "api-refused", ",\"confirm\":true"));
        assertEquals(409, response.statusCode(), response.body());
        JsonNode json = Json.parse(response.body());
        assertFalse(json.get("policyAdmitsWriter").booleanValue());
        assertEquals("export-policy-refuses", json.path("findings").get(0).path("code").asText(), response.body());
        assertTrue(json.path("policy").path("policy").asText().contains("bcm-data-exports.amazonaws.com"));
        assertTrue(json.path("policy").path("diff").size() > 0);
        assertFalse(fake.calls().contains("CreateExport"));
    }

    @Test
    void invalid_values_are_a_422_with_every_reason() {
        HttpResponse<String> response = server.postJson("/api/v1/actions/create-export",
                body("Bad_Bucket", "no good", ",\"table\":\"carbon\""));
        assertEquals(422, response.statusCode(), response.body());
        JsonNode json = Json.parse(response.body());
        assertEquals(3, json.path("reasons").size(), response.body());
    }

    @Test
    void an_extension_or_another_site_cannot_create_an_export() {
        String bucket = bucket(true);
        for (String origin : new String[]{"chrome-extension://abcdefghijklmnopabcdefghijklmnop", "moz-extension://x",
                "https://evil.example"}) {
            HttpResponse<String> response = server.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(server.url("/api/v1/actions/create-export")))
                    .header("Content-Type", "application/json").header("Origin", origin)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body(bucket, "api-foreign", ",\"confirm\":true"))));
            assertEquals(403, response.statusCode(), origin + ": " + response.body());
        }
        HttpResponse<String> crossSite = server.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.url("/api/v1/status?bucket=" + bucket + "&export=api-foreign")))
                .header("Sec-Fetch-Site", "cross-site").GET());
        assertEquals(403, crossSite.statusCode(), crossSite.body());
        assertTrue(fake.calls().stream().noneMatch("CreateExport"::equals), fake.calls().toString());
        assertTrue(fake.export(PAYER, "api-foreign").isEmpty());
    }

    @Test
    void a_wrongly_typed_field_is_a_400() {
        HttpResponse<String> response = server.postJson("/api/v1/actions/create-export",
                body("acme-billing", "typed", ",\"includeResourceIds\":\"yes\""));
        assertEquals(400, response.statusCode(), response.body());
    }

    @Test
    void a_billing_api_fault_is_answered_as_could_not_check() {
        String bucket = bucket(true);
        fake.inject("ListExports", Fault.ACCESS_DENIED, 1);
        HttpResponse<String> response = server.postJson("/api/v1/actions/create-export", body(bucket, "api-denied", ""));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode json = Json.parse(response.body());
        assertEquals("could-not-check", json.get("outcome").asText());
        assertTrue(json.path("findings").get(0).path("message").asText().contains("bcm-data-exports:ListExports"));
    }
}

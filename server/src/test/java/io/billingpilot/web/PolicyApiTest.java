package io.billingpilot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.json.Json;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyApiTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String body(String policy, String bucket, String report, String account) {
        ObjectNode body = Json.object();
        body.put("policy", policy);
        body.put("bucket", bucket);
        body.put("report", report);
        body.put("account", account);
        return Json.compact(body);
    }

    private static String seed() {
        return server.get("/api/v1/policy?bucket=metricly-example").body();
    }

    @Test
    void get_policy_answers_every_report_and_partition() {
        for (String report : new String[]{"dbr", "cur", "data-exports"}) {
            for (String partition : new String[]{"aws", "aws-cn", "aws-us-gov"}) {
                HttpResponse<String> response = server.get("/api/v1/policy?bucket=metricly-example&report=" + report
                        + "&account=123456789012&partition=" + partition);
                assertEquals(200, response.statusCode(), response.body());
                assertTrue(response.body().contains("arn:" + partition + ":s3:::metricly-example"), response.body());
            }
        }
        JsonNode shared = Json.parse(server.get("/api/v1/policy?bucket=metricly-example&report=data-exports"
                + "&account=123456789012&withLegacyCur=true").body());
        assertEquals(3, shared.get("Statement").size());
    }

    @Test
    void get_policy_without_the_account_a_service_report_needs_is_422_with_a_reason() {
        HttpResponse<String> response = server.get("/api/v1/policy?bucket=metricly-example&report=cur");
        assertEquals(422, response.statusCode());
        assertTrue(Json.parse(response.body()).get("error").asText().contains("account"), response.body());
    }

    @Test
    void check_answers_ok_for_the_generated_policy() {
        HttpResponse<String> response = server.postJson("/api/v1/policy/check", body(seed(), "metricly-example", null, null));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = Json.parse(response.body());
        assertTrue(answer.get("ok").asBoolean(), response.body());
        assertEquals(0, answer.get("findings").size());
    }

    @Test
    void check_explains_what_stops_delivery() {
        String prefixOnly = seed().replace("metricly-example/*", "metricly-example/billing/*");
        JsonNode answer = Json.parse(server.postJson("/api/v1/policy/check", body(prefixOnly, "metricly-example", "dbr", null)).body());
        assertFalse(answer.get("ok").asBoolean());
        JsonNode finding = answer.get("findings").get(0);
        assertEquals("put-object-prefix-only", finding.get("code").asText());
        assertEquals("error", finding.get("severity").asText());
        assertFalse(finding.get("fix").asText().isEmpty());
    }

    @Test
    void check_reports_invalid_json_as_a_finding_with_its_position() {
        JsonNode answer = Json.parse(server.postJson("/api/v1/policy/check",
                body("{\n\"Statement\": [,]}", "metricly-example", null, null)).body());
        assertFalse(answer.get("ok").asBoolean());
        assertEquals("invalid-json", answer.get("findings").get(0).get("code").asText());
        assertTrue(answer.get("findings").get(0).get("message").asText().contains("line 2"), answer.toString());
    }

    @Test
    void merge_answers_the_merged_policy_its_text_and_the_diff() {
        String existing = """
                {"Version": "2012-10-17", "Statement": [{"Sid": "Admin", "Effect": "Allow",
                  "Principal": {"AWS": "arn:aws:iam::111122223333:role/admin"}, "Action": "s3:*", "Resource": "arn:aws:s3:::metricly-example/*"}]}""";
        HttpResponse<String> response = server.postJson("/api/v1/policy/merge", body(existing, "metricly-example", "cur", "123456789012"));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = Json.parse(response.body());
        assertEquals(3, answer.at("/merged/Statement").size());
        assertEquals(answer.get("merged"), Json.parse(answer.get("text").asText()));
        assertTrue(answer.get("ok").asBoolean(), response.body());
        long added = 0;
        for (JsonNode line : answer.get("diff")) {
            assertTrue(line.get("kind").asText().matches("added|removed|same"), line.toString());
            added += line.get("kind").asText().equals("added") ? 1 : 0;
        }
        assertTrue(added > 20, response.body());
    }

    @Test
    void merge_without_an_existing_policy_shows_the_whole_policy_as_added() {
        ObjectNode body = (ObjectNode) Json.parse(body(null, "metricly-example", null, null));
        body.putNull("policy");
        JsonNode answer = Json.parse(server.postJson("/api/v1/policy/merge", Json.compact(body)).body());
        assertEquals(Json.parse(seed()), answer.get("merged"));
        answer.get("diff").forEach(line -> assertEquals("added", line.get("kind").asText()));
    }

    @Test
    void merge_into_text_that_is_no_policy_is_422_with_a_reason() {
        HttpResponse<String> broken = server.postJson("/api/v1/policy/merge", body("{\"Statement\": [", "metricly-example", null, null));
        assertEquals(422, broken.statusCode(), broken.body());
        assertTrue(Json.parse(broken.body()).get("error").asText().contains("line 1"), broken.body());
        HttpResponse<String> notPolicy = server.postJson("/api/v1/policy/merge", body("[1]", "metricly-example", null, null));
        assertEquals(422, notPolicy.statusCode(), notPolicy.body());
    }

    @Test
    void bad_bodies_are_400_and_bad_values_422_never_500() {
        assertEquals(400, server.postJson("/api/v1/policy/check", "not json").statusCode());
        assertEquals(400, server.postJson("/api/v1/policy/check", "{\"policy\": " + "[".repeat(10_000)).statusCode());
        assertEquals(422, server.postJson("/api/v1/policy/check", body(seed(), "Bad\"Name\n", null, null)).statusCode());
        assertEquals(422, server.postJson("/api/v1/policy/check", "{\"bucket\": \"metricly-example\", \"policy\": 5}").statusCode());
        assertEquals(422, server.postJson("/api/v1/policy/check", "{\"bucket\": \"metricly-example\"}").statusCode());
        assertEquals(422, server.postJson("/api/v1/policy/check",
                "{\"bucket\": \"metricly-example\", \"policy\": \"{}\", \"report\": \"cur\"}").statusCode());
        assertEquals(400, server.postJson("/api/v1/policy/merge", "{\"policy\": \"" + "x".repeat(70_000) + "\"}").statusCode());
    }

    @Test
    void a_post_from_a_foreign_origin_is_refused() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/policy/check")))
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(body(seed(), "metricly-example", null, null))));
        assertEquals(403, response.statusCode());
    }
}

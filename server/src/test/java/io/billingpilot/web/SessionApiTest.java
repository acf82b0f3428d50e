package io.billingpilot.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionApiTest {
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_new_session_has_every_contract_field_null() {
        JsonNode session = Json.parse(server.get("/api/v1/session").body());
        for (String field : new String[]{"bucket", "report", "region", "account", "console"}) {
            assertTrue(session.has(field), field);
            assertTrue(session.get(field).isNull(), field);
        }
    }

    @Test
    void a_valid_put_is_stored_and_survives_a_restart() {
        HttpResponse<String> put = server.putJson("/api/v1/session",
                "{\"bucket\":\"metricly-example\",\"report\":\"cur\",\"region\":\"eu-west-1\",\"account\":\"123456789012\"}");
        assertEquals(200, put.statusCode(), put.body());
        server.restart();
        JsonNode session = Json.parse(server.get("/api/v1/session").body());
        assertEquals("metricly-example", session.get("bucket").asText());
        assertEquals("cur", session.get("report").asText());
        assertEquals("eu-west-1", session.get("region").asText());
        assertEquals("123456789012", session.get("account").asText());
    }

    @Test
    void an_invalid_put_is_refused_with_reasons_and_stores_nothing() {
        server.putJson("/api/v1/session", "{\"bucket\":\"metricly-example\"}");
        HttpResponse<String> put = server.putJson("/api/v1/session", "{\"bucket\":\"Metricly_Example\",\"region\":\"eu-west-1\"}");
        assertEquals(422, put.statusCode());
        JsonNode error = Json.parse(put.body());
        assertTrue(error.get("reasons").size() >= 2, put.body());
        JsonNode session = Json.parse(server.get("/api/v1/session").body());
        assertEquals("metricly-example", session.get("bucket").asText());
        assertTrue(session.get("region").isNull(), "a refused PUT must not store its valid fields either");
    }

    @Test
    void the_export_name_prefix_and_bucket_owner_are_stored_trimmed_and_cleared_with_null() {
        HttpResponse<String> put = server.putJson("/api/v1/session",
                "{\"exportName\":\" metricly-cur \",\"prefix\":\"billing/cur\",\"bucketOwner\":\"2109-8765-4321\"}");
        assertEquals(200, put.statusCode(), put.body());
        server.restart();
        JsonNode session = Json.parse(server.get("/api/v1/session").body());
        assertEquals("metricly-cur", session.get("exportName").asText());
        assertEquals("billing/cur", session.get("prefix").asText());
        assertEquals("210987654321", session.get("bucketOwner").asText());

        assertEquals(200, server.putJson("/api/v1/session", "{\"exportName\":null}").statusCode());
        assertTrue(Json.parse(server.get("/api/v1/session").body()).get("exportName").isNull());
    }

    @Test
    void an_unknown_region_or_an_overlong_export_name_is_refused_with_a_reason_each() {
        String longName = "x".repeat(129);
        HttpResponse<String> put = server.putJson("/api/v1/session",
                "{\"region\":\"zz-nowhere-9\",\"exportName\":\"" + longName + "\",\"bucketOwner\":\"12345\"}");
        assertEquals(422, put.statusCode(), put.body());
        JsonNode reasons = Json.parse(put.body()).get("reasons");
        assertEquals(3, reasons.size(), put.body());
        assertTrue(reasons.get(0).asText().contains("zz-nowhere-9"), put.body());
        assertTrue(reasons.get(1).asText().contains("128"), put.body());
        assertTrue(reasons.get(2).asText().contains("owns the bucket"), put.body());
    }
}

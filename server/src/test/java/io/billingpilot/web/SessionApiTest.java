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
}

package io.billingpilot.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;
import io.billingpilot.support.RawHttp;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page on another site must not be able to change the session, with or without CORS preflight tricks. */
class CrossOriginWriteTest {
    private static final byte[] SESSION_BODY = "{\"bucket\":\"attacker-bucket\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CONSOLE_BODY = "{\"layout\":\"A\",\"bucketField\":\"attacker-bucket\"}"
            .getBytes(StandardCharsets.UTF_8);

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
        server.putJson("/api/v1/session", "{\"bucket\":\"metricly-example\"}");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example", "null", "https://127.0.0.1:PORT", "http://127.0.0.1:1",
            "http://localhost:PORT.evil.example", "chrome-extension://", "file://", "http://127.0.0.1"})
    void a_write_from_a_foreign_origin_is_refused_and_changes_nothing(String origin) {
        String value = origin.replace("PORT", String.valueOf(server.port()));
        for (String[] call : new String[][]{{"PUT", "/api/v1/session"}, {"POST", "/api/v1/console"}}) {
            RawHttp.Response response = RawHttp.send(server.port(), call[0], call[1],
                    Map.of("Origin", value, "Content-Type", "text/plain"),
                    call[1].endsWith("session") ? SESSION_BODY : CONSOLE_BODY);
            assertEquals(403, response.status(), call[0] + " " + call[1] + " from " + value);
            assertTrue(response.body().contains("only from billing-pilot"), response.body());
        }
        assertSessionUntouched();
    }

    @Test
    void a_cross_site_write_without_origin_is_refused() {
        RawHttp.Response response = RawHttp.send(server.port(), "PUT", "/api/v1/session",
                Map.of("Sec-Fetch-Site", "cross-site"), SESSION_BODY);
        assertEquals(403, response.status());
        assertSessionUntouched();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:PORT", "http://localhost:PORT", "http://[::1]:PORT",
            "chrome-extension://abcdefghijklmnopabcdefghijklmnop", "moz-extension://0b3e3c1a-8f4e-4a8e-9f50-1c2d3e4f5a6b"})
    void writes_from_its_own_pages_and_from_extensions_are_accepted(String origin) {
        String value = origin.replace("PORT", String.valueOf(server.port()));
        Map<String, String> headers = new HashMap<>();
        headers.put("Origin", value);
        headers.put("Content-Type", "application/json");
        RawHttp.Response response = RawHttp.send(server.port(), "POST", "/api/v1/console", headers, CONSOLE_BODY);
        assertEquals(200, response.status(), response.body());
        JsonNode session = Json.parse(server.get("/api/v1/session").body());
        assertEquals("attacker-bucket", session.get("console").get("bucketField").asText());
    }

    private void assertSessionUntouched() {
        JsonNode session = Json.parse(server.get("/api/v1/session").body());
        assertEquals("metricly-example", session.get("bucket").asText());
        assertTrue(session.get("console").isNull(), "console state must not be set by a refused write");
    }
}

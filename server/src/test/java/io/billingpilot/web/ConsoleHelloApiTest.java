package io.billingpilot.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.core.ProgramVersion;
import io.billingpilot.json.Json;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/v1/console/hello: the extension saying it is there. */
class ConsoleHelloApiTest {
    private static final String HELLO = "/api/v1/console/hello";
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String hello(String version, String browser, String page) {
        return "{\"version\":\"" + version + "\",\"browser\":\"" + browser + "\",\"page\":"
                + (page == null ? "null" : "\"" + page + "\"") + "}";
    }

    @Test
    void a_hello_of_the_same_build_is_answered_connected_and_turns_the_header_connected() {
        assertTrue(server.get("/").body().contains("not connected yet"));
        HttpResponse<String> answer = server.postJson(HELLO, hello(ProgramVersion.current(), "chromium", "billing"));
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode body = Json.parse(answer.body());
        assertEquals("connected", body.get("status").asText());
        assertEquals(ProgramVersion.current(), body.get("serverVersion").asText());

        String page = server.get("/step/bucket").body();
        assertTrue(page.contains("<strong>connected</strong>"), page);
        assertTrue(page.contains("version " + ProgramVersion.current() + " in Chromium, last heard from at"), page);
        assertFalse(page.contains("not connected yet"), page);
    }

    @Test
    void a_hello_from_an_older_build_says_so_and_how_to_reload_it() {
        HttpResponse<String> answer = server.postJson(HELLO, hello("0.0.1", "chromium", null));
        assertEquals("older-build", Json.parse(answer.body()).get("status").asText());
        String page = server.get("/step/reports").body();
        assertTrue(page.contains("connected, but an older build"), page);
        assertTrue(page.contains("version 0.0.1 in Chromium"), page);
        assertTrue(page.contains("This server is " + ProgramVersion.current()), page);
        assertTrue(page.contains("<code>chrome://extensions</code>"), page);
    }

    @Test
    void firefox_is_told_to_reload_at_about_debugging() {
        server.postJson(HELLO, hello("0.0.1", "firefox", "s3"));
        String page = server.get("/").body();
        assertTrue(page.contains("in Firefox"), page);
        assertTrue(page.contains("<code>about:debugging#/runtime/this-firefox</code>"), page);
    }

    @Test
    void the_hello_is_kept_in_memory_only_not_in_the_session_file() throws Exception {
        server.putJson("/api/v1/session", "{\"bucket\":\"metricly-example\"}");
        server.postJson(HELLO, hello(ProgramVersion.current(), "chromium", "billing"));
        try (Stream<Path> files = Files.list(server.stateDir())) {
            for (Path file : files.toList()) {
                String content = Files.readString(file);
                assertFalse(content.contains("chromium"), file + ": " + content);
            }
        }
        assertFalse(server.get("/api/v1/session").body().contains("chromium"));
        server.restart();
        assertTrue(server.get("/").body().contains("not connected yet"), "a restarted server has not heard from it yet");
    }

    @Test
    void invalid_hellos_get_422_with_a_reason_per_field_and_change_nothing() {
        HttpResponse<String> answer = server.postJson(HELLO, "{\"version\":\"1.x\",\"browser\":\"safari\",\"page\":\"ec2\"}");
        assertEquals(422, answer.statusCode(), answer.body());
        JsonNode error = Json.parse(answer.body());
        assertEquals(3, error.get("reasons").size(), answer.body());
        assertTrue(answer.body().contains("'version'") && answer.body().contains("'browser'") && answer.body().contains("'page'"));
        assertEquals(422, server.postJson(HELLO, "{\"browser\":\"chromium\"}").statusCode());
        assertEquals(422, server.postJson(HELLO, "{\"version\":7,\"browser\":\"chromium\"}").statusCode());
        assertTrue(server.get("/").body().contains("not connected yet"));
    }

    @Test
    void a_malformed_hello_gets_400() {
        assertEquals(400, server.postJson(HELLO, "{\"version\":").statusCode());
        assertEquals(400, server.postJson(HELLO, "[]").statusCode());
    }

    @Test
    void a_web_page_cannot_say_hello_in_the_extension_s_name() {
        HttpResponse<String> answer = server.send(HttpRequest.newBuilder(URI.create(server.url(HELLO)))
                .header("Content-Type", "application/json").header("Origin", "https://example.com")
                .POST(HttpRequest.BodyPublishers.ofString(hello(ProgramVersion.current(), "chromium", null))));
        assertEquals(403, answer.statusCode());
        assertTrue(server.get("/").body().contains("not connected yet"));
    }

    @Test
    void this_extension_and_firefox_extensions_may_say_hello_in_json_only() {
        String body = hello(ProgramVersion.current(), "chromium", "billing");
        assertEquals(200, postFrom(ExtensionId.chromiumOrigin(), "application/json", body).statusCode());
        assertEquals(200, postFrom("moz-extension://4b1e5c0e-7c1a-4f57-9a53-0d6f2f0c1a11", "application/json",
                hello(ProgramVersion.current(), "firefox", null)).statusCode());
        assertEquals(403, postFrom("chrome-extension://abcdefghijklmnopabcdefghijklmnop", "application/json", body)
                .statusCode(), "another Chromium extension");
        assertEquals(415, postFrom(ExtensionId.chromiumOrigin(), "text/plain", body).statusCode());
    }

    private HttpResponse<String> postFrom(String origin, String contentType, String body) {
        return server.send(HttpRequest.newBuilder(URI.create(server.url(HELLO)))
                .header("Content-Type", contentType).header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void the_session_names_the_guide_s_current_step_for_the_extension_s_links() {
        JsonNode step = Json.parse(server.get("/api/v1/session").body()).get("currentStep");
        assertEquals("/", step.get("path").asText());
        server.postForm("/", java.util.Map.of("situation", "new-bucket", "report", "dbr"), java.util.Map.of());
        step = Json.parse(server.get("/api/v1/session").body()).get("currentStep");
        assertEquals("bucket", step.get("id").asText());
        assertEquals("/step/bucket", step.get("path").asText());
        assertEquals(1, step.get("number").asInt());
        assertEquals("Bucket", step.get("title").asText());
    }
}

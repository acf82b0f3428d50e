package io.billingpilot.web;

import io.billingpilot.support.RawHttp;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DNS rebinding: a page on evil.example that resolves to 127.0.0.1 sends its own name as Host. */
class HostHeaderTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v1/session", "/api/v1/policy?bucket=metricly-example",
            "/webjars/htmx.org/2.0.4/dist/htmx.min.js", "/no/such/page", "/step/bucket"})
    void a_foreign_host_is_refused_on_every_path(String path) {
        RawHttp.Response response = RawHttp.get(server.port(), path, Map.of("Host", "evil.example:" + server.port()));
        assertEquals(403, response.status(), response.headers());
        assertFalse(response.body().contains("metricly-example\"") && path.contains("policy"), "no policy leaks");
        assertFalse(response.body().contains("htmx"), "no static asset leaks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "127.0.0.1", "localhost", "127.0.0.1:1", "127.0.0.1:PORT.evil.example",
            "evil.example:PORT", "127.0.0.2:PORT", "0.0.0.0:PORT", "localhost.:PORT", ""})
    void hosts_other_than_loopback_names_with_this_port_are_refused(String host) {
        String value = host.replace("PORT", String.valueOf(server.port()));
        RawHttp.Response response = RawHttp.get(server.port(), "/api/v1/session", Map.of("Host", value));
        assertNotEquals(200, response.status(), "Host '" + value + "' must be refused");
        assertTrue(response.status() == 403 || response.status() == 400, "status " + response.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:PORT", "localhost:PORT", "LOCALHOST:PORT", "[::1]:PORT"})
    void loopback_names_with_this_port_are_served(String host) {
        String value = host.replace("PORT", String.valueOf(server.port()));
        RawHttp.Response response = RawHttp.get(server.port(), "/api/v1/session", Map.of("Host", value));
        assertEquals(200, response.status(), "Host '" + value + "' must be served");
    }
}

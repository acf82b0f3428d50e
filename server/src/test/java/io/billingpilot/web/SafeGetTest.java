package io.billingpilot.web;

import io.billingpilot.state.SessionStore;
import io.billingpilot.support.RawHttp;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** An image tag or a link on any page can make the browser send a GET: no GET may change anything. */
class SafeGetTest {
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
        server.putJson("/api/v1/session", "{\"bucket\":\"metricly-example\",\"region\":\"us-east-1\"}");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void gets_carrying_new_values_change_neither_the_session_nor_its_file() throws IOException {
        Path file = server.stateDir().resolve(SessionStore.FILE_NAME);
        String before = Files.readString(file);
        String sessionBefore = server.get("/api/v1/session").body();
        List<String> attempts = List.of(
                "/api/v1/session?bucket=attacker-bucket&region=eu-west-1",
                "/api/v1/console?layout=A&bucketField=attacker-bucket",
                "/api/v1/policy?bucket=attacker-bucket",
                "/?bucket=attacker-bucket&situation=receiving",
                "/step/bucket?bucket=attacker-bucket",
                "/step/reports?layout=C&bucket=attacker-bucket",
                "/step/monitoring?bucket=attacker-bucket&done=true",
                "/step/delivery?bucket=attacker-bucket&done=true",
                "/step/delivery/status?bucket=attacker-bucket",
                "/guide/policy.json?bucket=attacker-bucket");
        for (String path : attempts) {
            RawHttp.Response response = RawHttp.get(server.port(), path, Map.of());
            assertNotEquals(500, response.status(), path);
        }
        assertEquals(before, Files.readString(file), "the session file must not be rewritten by a GET");
        assertEquals(sessionBefore, server.get("/api/v1/session").body());
    }

    @Test
    void a_get_on_a_write_only_api_path_is_not_a_write() {
        RawHttp.Response response = RawHttp.get(server.port(), "/api/v1/console", Map.of());
        assertNotEquals(200, response.status());
        assertEquals(4, response.status() / 100, "a client error, never a 5xx: " + response.status());
    }
}

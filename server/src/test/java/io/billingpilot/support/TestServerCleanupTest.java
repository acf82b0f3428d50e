package io.billingpilot.support;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestServerCleanupTest {
    @Test
    void a_test_server_removes_the_state_folder_it_made_when_it_stops() {
        Path stateDir;
        try (TestServer server = TestServer.start()) {
            stateDir = server.stateDir();
            assertEquals(200, server.putJson("/api/v1/session", "{\"bucket\":\"metricly-example\"}").statusCode());
            assertTrue(Files.exists(stateDir.resolve("session.json")));
        }
        assertFalse(Files.exists(stateDir), "left behind: " + stateDir);
    }
}

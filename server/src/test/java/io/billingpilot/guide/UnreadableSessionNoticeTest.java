package io.billingpilot.guide;

import io.billingpilot.state.SessionStore;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnreadableSessionNoticeTest {
    @TempDir
    Path stateDir;

    @Test
    void a_corrupt_session_file_is_named_on_the_start_page_and_the_server_still_serves() throws IOException {
        Files.writeString(stateDir.resolve(SessionStore.FILE_NAME), "\u0000\u0001 not json");
        try (TestServer server = TestServer.start(stateDir)) {
            HttpResponse<String> start = server.get("/");
            assertEquals(200, start.statusCode());
            assertTrue(start.body().contains("could not be read"), start.body());
            assertTrue(start.body().contains(SessionStore.FILE_NAME + ".unreadable-"), "says where the old file was kept");
            assertEquals(200, server.get("/step/bucket").statusCode());
        }
    }

    @Test
    void a_healthy_start_shows_no_notice() {
        try (TestServer server = TestServer.start(stateDir)) {
            HttpResponse<String> start = server.get("/");
            assertEquals(200, start.statusCode());
            assertTrue(start.body().contains("<h1"), "the start page itself is there: " + start.body());
            assertTrue(start.body().contains("action=\"/\""), "with its form: " + start.body());
            assertFalse(start.body().contains("could not be read"));
        }
    }
}

package io.billingpilot.web;

import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.s3.support.RequestCounter;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * A page on any site may embed or fetch these URLs: none of them may make the server send a
     * request signed with the admin's credentials, to the attacker's bucket or to any other.
     */
    @Test
    void gets_that_would_sign_aws_requests_are_refused_when_another_site_causes_them() {
        RequestCounter sent = new RequestCounter();
        LocalS3Server s3 = LocalS3Server.shared();
        s3.createBucket("attacker-bucket");
        try (TestServer live = TestServer.startWithS3(s3.settings().withInterceptor(sent))) {
            live.putJson("/api/v1/session", "{\"bucket\":\"attacker-bucket\",\"account\":\"123456789012\"}");
            List<String> signing = List.of("/api/v1/verify?bucket=attacker-bucket", "/api/v1/verify",
                    "/api/v1/status?bucket=attacker-bucket", "/api/v1/status", "/step/delivery", "/step/delivery/status");
            for (String site : new String[]{"cross-site", "same-site"}) {
                for (String path : signing) {
                    RawHttp.Response response = RawHttp.get(live.port(), path, Map.of("Sec-Fetch-Site", site));
                    assertEquals(403, response.status(), site + " " + path + ": " + response.body());
                    assertTrue(response.body().contains("calls AWS only for its own pages"), response.body());
                }
            }
            assertEquals(0, sent.total(), "no request may reach S3");
            RawHttp.Response own = RawHttp.get(live.port(), "/api/v1/verify", Map.of("Sec-Fetch-Site", "same-origin"));
            assertEquals(200, own.status(), own.body());
            assertTrue(sent.count("HeadBucket") > 0, "the guide's own request does reach S3");
        }
    }

    @Test
    void a_get_on_a_write_only_api_path_is_not_a_write() {
        RawHttp.Response response = RawHttp.get(server.port(), "/api/v1/console", Map.of());
        assertNotEquals(200, response.status());
        assertEquals(4, response.status() / 100, "a client error, never a 5xx: " + response.status());
    }
}

package io.billingpilot.web;

import io.billingpilot.core.Regions;
import io.billingpilot.json.Json;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.support.RawHttp;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing a request names may make the server keep new clients or threads: unknown regions are
 * refused (422), and the known ones share one scheduler and one connection pool.
 */
class RegionFloodTest {
    private static final int REQUESTS = 500;
    /** Threads the flood may add at most: the S3 executor, the shared timer and pool, Jetty's spares. */
    private static final int THREAD_BOUND = 40;

    @Test
    void five_hundred_requests_naming_distinct_regions_leave_the_thread_count_bounded() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (TestServer server = TestServer.startWithS3(LocalS3Server.shared().settings())) {
            assertEquals(200, RawHttp.get(server.port(), "/api/v1/verify?bucket=flood-bucket&region=us-east-1",
                    Map.of()).status());
            int before = threads.getThreadCount();
            int refused = 0;
            for (int i = 0; i < REQUESTS; i++) {
                String region = i % 2 == 0 ? "zz-" + letters(i) + "-1" : Regions.COMMON.get(i % Regions.COMMON.size());
                RawHttp.Response response = RawHttp.get(server.port(),
                        "/api/v1/verify?bucket=flood-bucket&region=" + region, Map.of());
                if (i % 2 == 0) {
                    assertEquals(422, response.status(), region + ": " + response.body());
                    assertTrue(Json.parse(response.body()).get("error").asText().contains("not an AWS region"),
                            response.body());
                    refused++;
                } else {
                    assertEquals(200, response.status(), region + ": " + response.body());
                }
            }
            int after = threads.getThreadCount();
            System.out.printf("region flood: %d requests (%d refused), threads %d before, %d after, %d S3 clients%n",
                    REQUESTS, refused, before, after, server.server().context().s3().get().clientCount());
            assertTrue(after - before <= THREAD_BOUND, "threads grew from " + before + " to " + after);
            assertTrue(server.server().context().s3().get().clientCount() <= Regions.COMMON.size(),
                    "at most one client per known region");
        }
    }

    /** A distinct run of letters for each number: aa, ab, ... so each invalid region is new. */
    private static String letters(int n) {
        StringBuilder text = new StringBuilder();
        int rest = n + 26;
        while (rest > 0) {
            text.append((char) ('a' + rest % 26));
            rest /= 26;
        }
        return text.toString();
    }
}

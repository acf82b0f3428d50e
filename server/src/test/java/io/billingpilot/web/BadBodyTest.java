package io.billingpilot.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;
import io.billingpilot.state.SessionStore;
import io.billingpilot.support.RawHttp;
import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Malformed, mistyped and oversized bodies get 400 or 422 with a readable message, and nothing is stored. */
class BadBodyTest {
    private static TestServer server;
    private static String fileBefore;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start();
        server.putJson("/api/v1/session", "{\"bucket\":\"metricly-example\"}");
        fileBefore = Files.readString(sessionFile());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> malformed() {
        byte[] junk = new byte[1024 * 1024];
        new Random(7).nextBytes(junk);
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        String deepObject = "{\"bucket\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_001);
        return Stream.of(
                Arguments.of("empty", new byte[0]),
                Arguments.of("not json", bytes("bucket=attacker-bucket")),
                Arguments.of("truncated", bytes("{\"bucket\": \"attacker-bucket\"")),
                Arguments.of("trailing garbage", bytes("{\"bucket\":\"attacker-bucket\"} x")),
                Arguments.of("an array", bytes("[\"attacker-bucket\"]")),
                Arguments.of("a string", bytes("\"attacker-bucket\"")),
                Arguments.of("duplicate keys", bytes("{\"bucket\":\"a-bucket\",\"bucket\":\"attacker-bucket\"}")),
                Arguments.of("invalid utf-8", new byte[]{'{', '"', 'b', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}),
                Arguments.of("1 MB of junk", junk),
                Arguments.of("nested 10,000 deep", bytes(deep)),
                Arguments.of("object nested 10,000 deep", bytes(deepObject)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void a_malformed_session_body_gets_400_and_stores_nothing(String what, byte[] body) throws IOException {
        assertRefused(RawHttp.send(server.port(), "PUT", "/api/v1/session", Map.of("Content-Type", "application/json"), body),
                400);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void a_malformed_console_body_gets_400_and_stores_nothing(String what, byte[] body) throws IOException {
        assertRefused(RawHttp.send(server.port(), "POST", "/api/v1/console", Map.of("Content-Type", "application/json"), body),
                400);
    }

    static Stream<Arguments> mistyped() {
        return Stream.of(
                Arguments.of("PUT", "/api/v1/session", "{\"bucket\": 42}"),
                Arguments.of("PUT", "/api/v1/session", "{\"bucket\": [\"attacker-bucket\"]}"),
                Arguments.of("PUT", "/api/v1/session", "{\"bucket\": \"attacker-bucket\", \"account\": 123456789012}"),
                Arguments.of("PUT", "/api/v1/session", "{\"bucket\": \"attacker-bucket\", \"report\": \"everything\"}"),
                Arguments.of("PUT", "/api/v1/session", "{\"bucket\": \"attacker-bucket\", \"admin\": true}"),
                Arguments.of("PUT", "/api/v1/session", "{\"bucket\": \"Attacker\\nBucket\"}"),
                Arguments.of("PUT", "/api/v1/session", "{\"region\": \"<script>alert(1)</script>\"}"),
                Arguments.of("POST", "/api/v1/console", "{\"layout\": \"D\"}"),
                Arguments.of("POST", "/api/v1/console", "{\"layout\": \"A\", \"enableReports\": \"yes\"}"),
                Arguments.of("POST", "/api/v1/console", "{\"layout\": \"A\", \"bucketField\": 7}"),
                Arguments.of("POST", "/api/v1/console", "{\"layout\": \"A\", \"reports\": {\"monthly\": 1}}"),
                Arguments.of("POST", "/api/v1/console", "{\"layout\": \"A\", \"reports\": [true, true]}"),
                Arguments.of("POST", "/api/v1/console", "{\"layout\": \"A\", \"bucketField\": \"" + "x".repeat(300) + "\"}"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("mistyped")
    void a_mistyped_value_gets_422_with_a_reason_and_stores_nothing(String method, String path, String body)
            throws IOException {
        RawHttp.Response response = RawHttp.send(server.port(), method, path, Map.of("Content-Type", "application/json"),
                bytes(body));
        assertRefused(response, 422);
        JsonNode error = Json.parse(response.body());
        assertTrue(error.get("reasons").isArray() && error.get("reasons").size() >= 1, response.body());
    }

    @Test
    void an_invalid_policy_query_gets_422_with_the_rules_it_breaks() {
        RawHttp.Response response = RawHttp.get(server.port(), "/api/v1/policy?bucket=My_Bucket", Map.of());
        assertEquals(422, response.status());
        String reasons = Json.parse(response.body()).get("reasons").toString();
        assertTrue(reasons.contains("Uppercase"), reasons);
        assertTrue(reasons.contains("'_'"), reasons);
    }

    /** Every form the guide posts; a hostile request may post to any of them. */
    static Stream<String> guideForms() {
        return Stream.of("/", "/step/bucket", "/step/bucket/create", "/step/reports", "/step/reports/layout",
                "/step/reports/account", "/step/reports/policy-check", "/step/reports/verify",
                "/step/reports/apply-policy", "/step/reports/apply-policy/confirm", "/step/delivery",
                "/step/monitoring", "/step/monitoring/bucket");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guideForms")
    void a_multipart_form_gets_415_with_the_guides_error_page(String path) throws IOException {
        RawHttp.Response noBoundary = RawHttp.send(server.port(), "POST", path,
                form("multipart/form-data"), bytes("--x\r\nContent-Disposition: form-data; name=\"bucket\"\r\n\r\nb\r\n--x--"));
        assertGuidePage(noBoundary, 415);
        RawHttp.Response withBoundary = RawHttp.send(server.port(), "POST", path,
                form("multipart/form-data; boundary=x"), bytes("--x\r\nContent-Disposition: form-data; name=\"bucket\"\r\n\r\nattacker-bucket\r\n--x--\r\n"));
        assertGuidePage(withBoundary, 415);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guideForms")
    void an_unknown_charset_gets_400_with_the_guides_error_page(String path) throws IOException {
        RawHttp.Response response = RawHttp.send(server.port(), "POST", path,
                form("application/x-www-form-urlencoded; charset=bogus-cs"), bytes("bucket=attacker-bucket"));
        assertGuidePage(response, 400);
        assertTrue(response.body().contains("character set"), response.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guideForms")
    void broken_chunking_gets_400_with_the_guides_error_page(String path) throws IOException {
        Map<String, String> headers = new java.util.HashMap<>(form("application/x-www-form-urlencoded"));
        headers.put("Transfer-Encoding", "chunked");
        RawHttp.Response response = RawHttp.send(server.port(), "POST", path, headers,
                bytes("zz\r\nbucket=attacker-bucket\r\n0\r\n\r\n"));
        assertGuidePage(response, 400);
    }

    @Test
    void a_30_mib_multipart_post_is_refused_before_it_is_read_and_nothing_is_spooled() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long spooledBefore = multipartFiles(tmp);
        byte[] huge = new byte[30 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        byte[] head = bytes("--x\r\nContent-Disposition: form-data; name=\"bucket\"; filename=\"f\"\r\n\r\n");
        byte[] body = new byte[head.length + huge.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(huge, 0, body, head.length, huge.length);
        RawHttp.Response response = RawHttp.send(server.port(), "POST", "/step/bucket",
                form("multipart/form-data; boundary=x"), body);
        assertEquals(415, response.status(), response.body());
        assertEquals(spooledBefore, multipartFiles(tmp), "no upload may be spooled to a temporary file");
        assertFileUntouched();
    }

    @Test
    void an_oversized_form_gets_400() throws IOException {
        RawHttp.Response response = RawHttp.send(server.port(), "POST", "/step/bucket",
                form("application/x-www-form-urlencoded"), bytes("bucket=" + "a".repeat(100 * 1024)));
        assertGuidePage(response, 400);
        Map<String, String> chunked = new java.util.HashMap<>(form("application/x-www-form-urlencoded"));
        chunked.put("Transfer-Encoding", "chunked");
        String big = "a".repeat(100 * 1024);
        RawHttp.Response streamed = RawHttp.send(server.port(), "POST", "/step/bucket", chunked,
                bytes(Integer.toHexString(big.length() + 7) + "\r\nbucket=" + big + "\r\n0\r\n\r\n"));
        assertGuidePage(streamed, 400);
    }

    private static long multipartFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().startsWith("MultiPart")).count();
        }
    }

    private static Map<String, String> form(String type) {
        return Map.of("Origin", "http://127.0.0.1:" + server.port(), "Content-Type", type);
    }

    private static void assertGuidePage(RawHttp.Response response, int status) throws IOException {
        assertEquals(status, response.status(), response.body());
        assertTrue(response.headers().toLowerCase().contains("content-type: text/html"), response.headers());
        assertTrue(response.body().contains("Something is not right") && response.body().contains("Back to the guide"),
                response.body());
        for (String trace : new String[]{"Exception", "\tat ", "at io.", "at org."}) {
            assertFalse(response.body().contains(trace), "no internals in: " + response.body());
        }
        assertFileUntouched();
    }

    private static void assertFileUntouched() throws IOException {
        assertEquals(fileBefore, Files.readString(sessionFile()), "nothing may be stored");
    }

    private static void assertRefused(RawHttp.Response response, int status) throws IOException {
        assertEquals(status, response.status(), response.body());
        JsonNode error = Json.parse(response.body());
        String message = error.get("error").asText();
        assertFalse(message.isBlank());
        assertTrue(message.length() < 2000, "a message a person can read, not a dump");
        for (String trace : new String[]{"Exception", "\tat ", "at io.", "at com.", "jackson"}) {
            assertFalse(response.body().contains(trace), "no internals in: " + response.body());
        }
        assertEquals(fileBefore, Files.readString(sessionFile()), "nothing may be stored");
        assertEquals("metricly-example", Json.parse(server.get("/api/v1/session").body()).get("bucket").asText());
    }

    private static Path sessionFile() {
        return server.stateDir().resolve(SessionStore.FILE_NAME);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

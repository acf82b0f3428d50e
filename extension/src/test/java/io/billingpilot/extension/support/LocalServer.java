package io.billingpilot.extension.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;
import io.billingpilot.overlay.ExtensionFolder;
import io.billingpilot.s3.S3Settings;
import io.billingpilot.server.BillingPilotServer;
import io.billingpilot.support.TempFolders;
import io.billingpilot.web.ServerSettings;
import io.billingpilot.web.WebServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

/** The real billing-pilot server, in-process on a free loopback port, for the extension to talk to. */
public final class LocalServer implements AutoCloseable {
    private final WebServer server;
    private final Path stateDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LocalServer(WebServer server, Path stateDir) {
        this.server = server;
        this.stateDir = stateDir;
    }

    public static LocalServer start() {
        return startOn(0);
    }

    /** A server on the given port (0: any free one). */
    public static LocalServer startOn(int port) {
        Path stateDir = TempFolders.create("billing-pilot-extension-test");
        return new LocalServer(BillingPilotServer.start(new ServerSettings("127.0.0.1", port, stateDir, S3Settings.DEFAULT,
                ExtensionFolder.at(ExtensionFiles.unpacked()))), stateDir);
    }

    /** A server whose session already names the bucket the guide works on. */
    public static LocalServer withBucket(String bucket) {
        LocalServer server = start();
        server.putSession("{\"bucket\":\"" + bucket + "\"}");
        return server;
    }

    /** A loopback port nothing listens on (free a moment ago). */
    public static int unusedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    public void putSession(String json) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url() + "/api/v1/session"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("PUT /api/v1/session answered " + response.statusCode() + ": " + response.body());
        }
    }

    public JsonNode session() {
        return Json.parse(send(HttpRequest.newBuilder(URI.create(url() + "/api/v1/session")).GET()).body());
    }

    /** Polls the session until its console part satisfies the condition; returns that console part. */
    public JsonNode awaitConsole(Predicate<JsonNode> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode console = null;
        while (System.nanoTime() < deadline) {
            console = session().get("console");
            if (console != null && !console.isNull() && condition.test(console)) {
                return console;
            }
            sleep(100);
        }
        throw new AssertionError("The server's session did not show the expected console state within " + timeout
                + "; last seen: " + console);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        TempFolders.delete(stateDir);
    }
}

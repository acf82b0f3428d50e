package io.billingpilot.support;

import io.billingpilot.overlay.ExtensionFolder;
import io.billingpilot.s3.S3Settings;
import io.billingpilot.server.BillingPilotServer;
import io.billingpilot.web.ServerSettings;
import io.billingpilot.web.WebServer;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A real billing-pilot server on a free loopback port with its own state directory. */
public final class TestServer implements AutoCloseable {
    private final Path stateDir;
    /** Whether this server made its state folder (then it removes it when closed). */
    private final boolean ownsStateDir;
    private final S3Settings s3;
    private final ExtensionFolder extension;
    private WebServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Path stateDir, S3Settings s3) {
        this(stateDir, s3, ExtensionFolder.besideProgram());
    }

    private TestServer(Path stateDir, S3Settings s3, ExtensionFolder extension) {
        this.stateDir = stateDir;
        this.ownsStateDir = stateDir.getFileName().toString().startsWith(OWN_PREFIX);
        this.s3 = s3;
        this.extension = extension;
        this.server = BillingPilotServer.start(new ServerSettings("127.0.0.1", 0, stateDir, s3, extension));
    }

    private static final String OWN_PREFIX = "billing-pilot-test";

    /** A server that tells the admin to load the browser extension from this folder. */
    public static TestServer startWithExtensionFolder(Path folder) {
        return new TestServer(TempFolders.create(OWN_PREFIX), NO_AWS, ExtensionFolder.at(folder));
    }

    /**
     * S3 settings under which no test reaches AWS, whatever the machine has configured: there are
     * never credentials, so the live checks answer "no credentials" at once.
     */
    public static final S3Settings NO_AWS = S3Settings.DEFAULT.withCredentials(() -> {
        throw SdkClientException.create("Unable to load credentials from any of the providers in the chain");
    });

    private TestServer(Path stateDir) {
        this(stateDir, NO_AWS);
    }

    /** A server whose S3 checks go where {@code s3} says (e.g. the in-process test S3 server). */
    public static TestServer startWithS3(S3Settings s3) {
        return new TestServer(TempFolders.create(OWN_PREFIX), s3);
    }

    public static TestServer start() {
        return new TestServer(TempFolders.create(OWN_PREFIX));
    }

    public static TestServer start(Path stateDir) {
        return new TestServer(stateDir);
    }

    /** Stops and starts again on a new port with the same state directory, as after a restart. */
    public void restart() {
        server.stop();
        server = BillingPilotServer.start(new ServerSettings("127.0.0.1", 0, stateDir, s3, extension));
    }

    public int port() {
        return server.port();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public Path stateDir() {
        return stateDir;
    }

    public WebServer server() {
        return server;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A form as the guide's own page posts it (its Origin is the server's), with any extra headers. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://127.0.0.1:" + port())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    @Override
    public void close() {
        server.stop();
        if (ownsStateDir) {
            TempFolders.delete(stateDir);
        }
    }
}

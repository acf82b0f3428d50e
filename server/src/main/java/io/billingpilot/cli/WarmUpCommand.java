package io.billingpilot.cli;

import io.billingpilot.server.BillingPilotServer;
import io.billingpilot.web.ServerSettings;
import io.billingpilot.web.WebServer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code warm-up}: starts the server on a free port, requests its main pages once and
 * stops. scripts/billing-pilot runs it under -XX:ArchiveClassesAtExit after each build, so
 * that later starts load their classes from a class-data-sharing archive (about half the
 * start-up time on this kind of machine).
 */
public final class WarmUpCommand implements Command {
    private static final List<String> PATHS = List.of("/", "/step/bucket", "/step/reports", "/step/monitoring",
            "/api/v1/session", "/api/v1/policy?bucket=warm-up-bucket", "/webjars/htmx.org/2.0.4/dist/htmx.min.js");

    @Override
    public String name() {
        return "warm-up";
    }

    @Override
    public String synopsis() {
        return "warm-up                                       exercise the server once (makes later starts faster)";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        args.noPositional();
        Path stateDir = Files.createTempDirectory("billing-pilot-warm-up");
        WebServer server = BillingPilotServer.start(new ServerSettings(ServerSettings.DEFAULT_HOST, 0, stateDir));
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            for (String path : PATHS) {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            }
        } finally {
            server.stop();
            deleteTree(stateDir);
        }
        return ExitCode.OK;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures the local server as a user starts it (scripts/billing-pilot serve): time to the
 * first page, requests per second on a step page with 16 concurrent clients, and resident
 * memory after 10,000 requests. Run through scripts/bench-server.
 */
public class ServerBenchmark {
    private static final int CLIENTS = 16;
    private static final int STARTS = 5;

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args[0]);
        String page = args.length > 1 ? args[1] : "/step/bucket";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();

        List<Long> startMillis = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            Server server = Server.start(launcher);
            startMillis.add(server.millisToFirstPage(http, "/"));
            server.stop();
        }
        Collections.sort(startMillis);
        System.out.printf("start to first page: median %d ms (min %d, max %d, %d starts)%n",
                startMillis.get(STARTS / 2), startMillis.get(0), startMillis.get(STARTS - 1), STARTS);

        Server server = Server.start(launcher);
        server.millisToFirstPage(http, "/");
        int status = server.get(http, page).statusCode();
        if (status != 200) {
            System.out.println("note: " + page + " answered " + status + "; measuring it anyway");
        }
        load(http, server, page, 2_000);
        long rssBefore = server.residentKb();
        int requests = 20_000;
        long started = System.nanoTime();
        int failed = load(http, server, page, requests);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s with %d concurrent clients: %.0f requests/s (%d requests in %.2f s, %d failed)%n",
                page, CLIENTS, requests / seconds, requests, seconds, failed);
        load(http, server, page, 10_000);
        System.out.printf("resident memory: %d MB after start-up, %d MB after %d more requests (peak %d MB)%n",
                rssBefore / 1024, server.residentKb() / 1024, requests + 10_000, server.peakKb() / 1024);
        server.stop();
    }

    private static int load(HttpClient http, Server server, String page, int total) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                while (next.getAndIncrement() < total) {
                    try {
                        if (server.get(http, page).statusCode() >= 500) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        return failed.get();
    }

    private record Server(Process process, int port, Path stateDir, long launchedAt) {
        static Server start(Path launcher) throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path stateDir = Files.createTempDirectory("billing-pilot-bench");
            long launchedAt = System.nanoTime();
            Process process = new ProcessBuilder(launcher.toString(), "serve", "--port", String.valueOf(port),
                    "--state-dir", stateDir.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return new Server(process, port, stateDir, launchedAt);
        }

        long millisToFirstPage(HttpClient http, String path) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    if (get(http, path).statusCode() == 200) {
                        return (System.nanoTime() - launchedAt) / 1_000_000;
                    }
                } catch (IOException notYetListening) {
                    Thread.sleep(5);
                }
            }
            throw new IllegalStateException("the server did not answer within 30 s");
        }

        HttpResponse<Void> get(HttpClient http, String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
        }

        long residentKb() throws IOException {
            return statusField("VmRSS:");
        }

        long peakKb() throws IOException {
            return statusField("VmHWM:");
        }

        private long statusField(String name) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return -1;
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }
}

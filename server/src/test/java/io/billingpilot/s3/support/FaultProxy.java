package io.billingpilot.s3.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP/1.1 proxy in front of the test S3 server that can answer in its place: a given
 * status with headers (403, 301 with x-amz-bucket-region, 500, 503), or slowly, or after a
 * fixed latency. Plain sockets, so every byte and delay is under the test's control. It
 * records each request it sees.
 */
public final class FaultProxy implements AutoCloseable {
    private static final Pattern SIGNING_REGION = Pattern.compile("Credential=[^/]+/\\d{8}/([^/]+)/s3/");

    /** A request as the proxy saw it. */
    public record Request(String method, String target, Map<String, String> headers, byte[] body) {
        public String path() {
            int query = target.indexOf('?');
            return query < 0 ? target : target.substring(0, query);
        }

        public String query() {
            int query = target.indexOf('?');
            return query < 0 ? "" : target.substring(query + 1);
        }

        /** The region the client signed for (from the Authorization header's credential scope). */
        public String signingRegion() {
            Matcher m = SIGNING_REGION.matcher(headers.getOrDefault("authorization", ""));
            return m.find() ? m.group(1) : null;
        }

        public boolean isList() {
            return method.equals("GET") && query().contains("list-type=2");
        }
    }

    /** What to do with a request: pass it on (after a delay) or answer it here. */
    public record Action(boolean forward, long delayMillis, int status, Map<String, String> headers, String body) {
        public static Action pass() {
            return new Action(true, 0, 0, Map.of(), "");
        }

        public static Action passAfter(long millis) {
            return new Action(true, millis, 0, Map.of(), "");
        }

        public static Action answer(int status, Map<String, String> headers, String body) {
            return new Action(false, 0, status, headers, body);
        }

        /** An S3-style XML error. */
        public static Action error(int status, String code, Map<String, String> headers) {
            return answer(status, headers, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code
                    + "</Code><Message>" + code + "</Message><RequestId>proxy</RequestId></Error>");
        }
    }

    private final URI upstream;
    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fault-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Request> seen = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Action> rule = request -> Action.pass();
    private volatile long latencyMillis;

    public FaultProxy(URI upstream) {
        this.upstream = upstream;
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(this::acceptLoop);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** Decides per request; {@link Action#pass()} for all by default. */
    public void rule(Function<Request, Action> newRule) {
        this.rule = newRule;
    }

    /** Added before every forwarded request, to model a real network. */
    public void latency(long millis) {
        this.latencyMillis = millis;
    }

    public List<Request> seen() {
        return List.copyOf(seen);
    }

    public void clearSeen() {
        seen.clear();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                open.add(client);
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        Upstream upstreamConnection = new Upstream();
        try (client; upstreamConnection) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                Request request = read(in, out);
                if (request == null) {
                    return;
                }
                seen.add(request);
                Action action = rule.apply(request);
                sleep(action.delayMillis() + (action.forward() ? latencyMillis : 0));
                byte[] response = action.forward() ? upstreamConnection.forward(request) : answer(request, action);
                out.write(response);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // The client gave up (a timeout) or the proxy is closing.
        } finally {
            open.remove(client);
        }
    }

    /** One kept-alive connection to the upstream server per client connection, closed cleanly with it. */
    private final class Upstream implements AutoCloseable {
        private Socket socket;

        byte[] forward(Request request) throws IOException {
            if (socket == null || socket.isClosed()) {
                socket = new Socket(upstream.getHost(), upstream.getPort());
                socket.setSoTimeout(30_000);
            }
            try {
                return exchange(socket, request);
            } catch (IOException e) {
                // The upstream closed an idle connection: one fresh try.
                socket.close();
                socket = new Socket(upstream.getHost(), upstream.getPort());
                socket.setSoTimeout(30_000);
                return exchange(socket, request);
            }
        }

        @Override
        public void close() throws IOException {
            if (socket != null) {
                socket.close();
            }
        }
    }

    private static void sleep(long millis) throws InterruptedException {
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static Request read(InputStream in, OutputStream out) throws IOException {
        String head = readHead(in);
        if (head == null) {
            return null;
        }
        String[] lines = head.split("\r\n");
        String[] requestLine = lines[0].split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        if ("100-continue".equalsIgnoreCase(headers.get("expect"))) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
        byte[] body = readBody(in, headers, false);
        return new Request(requestLine[0], requestLine[1], headers, body);
    }

    private static byte[] exchange(Socket socket, Request request) throws IOException {
        StringBuilder head = new StringBuilder(request.method() + " " + request.target() + " HTTP/1.1\r\n");
        request.headers().forEach((name, value) -> {
            if (!name.equals("connection") && !name.equals("expect") && !name.equals("transfer-encoding")
                    && !name.equals("content-length")) {
                head.append(name).append(": ").append(value).append("\r\n");
            }
        });
        head.append("content-length: ").append(request.body().length).append("\r\n\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(request.body());
        out.flush();
        InputStream in = socket.getInputStream();
        String responseHead;
        do {
            responseHead = readHead(in);
        } while (responseHead != null && responseHead.startsWith("HTTP/1.1 100"));
        if (responseHead == null) {
            throw new IOException("upstream closed");
        }
        String[] lines = responseHead.split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        boolean noBody = request.method().equals("HEAD") || lines[0].contains(" 204 ") || lines[0].contains(" 304 ");
        byte[] body = noBody ? new byte[0] : readBody(in, headers, true);
        if ("close".equalsIgnoreCase(headers.get("connection"))) {
            socket.close();
        }
        StringBuilder reply = new StringBuilder(lines[0]).append("\r\n");
        headers.forEach((name, value) -> {
            if (!name.equals("connection") && !name.equals("transfer-encoding")
                    && !(name.equals("content-length") && !noBody)) {
                reply.append(name).append(": ").append(value).append("\r\n");
            }
        });
        if (!noBody) {
            reply.append("content-length: ").append(body.length).append("\r\n");
        }
        reply.append("\r\n");
        return concat(reply.toString().getBytes(StandardCharsets.ISO_8859_1), body);
    }

    private static byte[] answer(Request request, Action action) {
        byte[] body = request.method().equals("HEAD") ? new byte[0] : action.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder reply = new StringBuilder("HTTP/1.1 " + action.status() + " " + reason(action.status()) + "\r\n");
        action.headers().forEach((name, value) -> reply.append(name).append(": ").append(value).append("\r\n"));
        reply.append("content-type: application/xml\r\n");
        reply.append("content-length: ").append(request.method().equals("HEAD") ? 0 : body.length).append("\r\n\r\n");
        return concat(reply.toString().getBytes(StandardCharsets.ISO_8859_1), body);
    }

    private static String reason(int status) {
        return switch (status) {
            case 301 -> "Moved Permanently";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    /** The header block up to the blank line, or null at the end of the stream. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            bytes.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : 0;
            if (matched == 4) {
                String head = bytes.toString(StandardCharsets.ISO_8859_1);
                return head.substring(0, head.length() - 4);
            }
        }
        return null;
    }

    private static byte[] readBody(InputStream in, Map<String, String> headers, boolean untilCloseAllowed)
            throws IOException {
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = readLine(in);
                int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
                if (size == 0) {
                    readLine(in);
                    return body.toByteArray();
                }
                body.write(in.readNBytes(size));
                readLine(in);
            }
        }
        String length = headers.get("content-length");
        if (length != null) {
            return in.readNBytes(Integer.parseInt(length));
        }
        return untilCloseAllowed ? in.readAllBytes() : new byte[0];
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket socket : new ArrayList<>(open)) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        threads.shutdownNow();
    }
}

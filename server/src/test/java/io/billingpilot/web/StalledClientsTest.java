package io.billingpilot.web;

import io.billingpilot.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clients that send part of a request and then stall must neither hold the server's threads
 * (the guide keeps answering) nor stay connected for long (they are dropped after a few seconds).
 */
class StalledClientsTest {
    private static final int STALLED = 300;

    private TestServer server;
    private final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        server.close();
    }

    @Test
    void three_hundred_stalled_clients_do_not_stop_the_session_api_and_are_dropped() throws Exception {
        for (int i = 0; i < STALLED; i++) {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
            sockets.add(socket);
            OutputStream out = socket.getOutputStream();
            out.write(partialRequest(i).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpResponse<String> session = http.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/session")))
                .timeout(Duration.ofSeconds(1)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, session.statusCode(), session.body());
        assertTrue(session.body().contains("\"bucket\""), session.body());

        // A stalled body is answered 400 and closed after a few seconds; a stalled header is closed.
        for (int i = 0; i < 3; i++) {
            String answer = readUntilClosed(sockets.get(i), Duration.ofSeconds(20));
            assertTrue(answer.startsWith("HTTP/1.1 400"), "stalled client " + i + " got: " + answer);
        }
    }

    /** Three ways to stall: half a JSON body, half a form, and a body whose chunks stop coming. */
    private String partialRequest(int i) {
        String host = "Host: 127.0.0.1:" + server.port() + "\r\n";
        String origin = "Origin: http://127.0.0.1:" + server.port() + "\r\n";
        return switch (i % 3) {
            case 0 -> "PUT /api/v1/session HTTP/1.1\r\n" + host + "Content-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"bucket\":";
            case 1 -> "POST /step/bucket HTTP/1.1\r\n" + host + origin
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nbucket=met";
            default -> "POST /step/monitoring/bucket HTTP/1.1\r\n" + host + origin
                    + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nbucke";
        };
    }

    private static String readUntilClosed(Socket socket, Duration limit) throws IOException {
        socket.setSoTimeout((int) limit.toMillis());
        InputStream in = socket.getInputStream();
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (SocketTimeoutException e) {
            return "still open after " + limit.toSeconds() + " s: " + text;
        } catch (IOException reset) {
            // closed by the server
        }
        return text.toString();
    }
}

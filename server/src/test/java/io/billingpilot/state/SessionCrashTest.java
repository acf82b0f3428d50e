package io.billingpilot.state;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a process that is writing the session with SIGKILL, at a random moment in a burst of
 * writes, over and over: the file must always parse, and no write the process acknowledged
 * (whose update had returned) may be missing.
 */
class SessionCrashTest {
    private static final int KILLS = 100;
    private static final String PREFIX = "crash-test-";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void a_session_file_survives_one_hundred_kills_during_bursts_of_writes() throws Exception {
        Random random = new Random(8);
        int acknowledged = 0;
        int corrupt = 0;
        int lost = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = startWriter();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String ready = out.readLine();
                assertTrue(ready != null && ready.startsWith("ready "), "the writer started: " + ready);
                int wanted = 1 + random.nextInt(40);
                int lastAck = -1;
                for (int i = 0; i < wanted; i++) {
                    String line = out.readLine();
                    assertTrue(line != null && line.startsWith("ack "), "the writer acknowledges: " + line);
                    lastAck = Integer.parseInt(line.substring(4));
                }
                // SIGKILL through the handle, which leaves the pipe open to read what came before it.
                child.toHandle().destroyForcibly();
                // Writes acknowledged before the kill took effect count too.
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("ack ")) {
                        lastAck = Integer.parseInt(line.substring(4));
                        acknowledged++;
                    }
                }
                child.waitFor();
                acknowledged += wanted;
                SessionStore reread = new SessionStore(dir);
                if (reread.loadProblem() != null) {
                    corrupt++;
                } else if (numberIn(reread.get()) < lastAck) {
                    lost++;
                }
            } finally {
                child.destroyForcibly();
            }
        }
        System.out.printf("session crash test: %d kills, %d acknowledged writes, %d corrupt, %d lost%n",
                KILLS, acknowledged, corrupt, lost);
        assertEquals(0, corrupt, "the file must always parse");
        assertEquals(0, lost, "no acknowledged write may be lost");
        assertNull(new SessionStore(dir).loadProblem());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(SessionStore.FILE_NAME), files.map(p -> p.getFileName().toString()).toList(),
                    "temporaries orphaned by the kills are removed when a store starts");
        }
    }

    private Process startWriter() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SessionWriter.class.getName());
        command.add(dir.toString());
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    static String bucketFor(int n) {
        return PREFIX + n;
    }

    static int numberIn(SessionState state) {
        String bucket = state.bucket();
        return bucket == null || !bucket.startsWith(PREFIX) ? 0 : Integer.parseInt(bucket.substring(PREFIX.length()));
    }
}

package io.billingpilot.state;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionStoreTest {
    @TempDir
    Path dir;

    @Test
    void a_session_written_is_read_back_whole_by_a_new_store() {
        SessionStore store = new SessionStore(dir);
        ConsoleState console = new ConsoleState("C", true, "metricly-example",
                new ConsoleState.Reports(true, false, true, false), Instant.parse("2026-11-26T10:00:00Z"));
        store.update(state -> state.withBucket("metricly-example").withReport("dbr").withRegion("eu-west-1")
                .withAccount("123456789012").withSituation("new-bucket").withLayout("C").withStepDone("bucket")
                .withConsole(console));
        SessionState reread = new SessionStore(dir).get();
        assertEquals(store.get(), reread);
        assertEquals(2, reread.console().reports().tickedCount());
    }

    @Test
    void writing_leaves_no_temporary_files_behind() throws IOException {
        SessionStore store = new SessionStore(dir);
        for (int i = 0; i < 20; i++) {
            String bucket = "bucket-" + i;
            store.update(state -> state.withBucket(bucket));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(SessionStore.FILE_NAME), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void a_corrupt_file_is_kept_aside_and_the_store_starts_empty_with_a_message() throws IOException {
        Files.writeString(dir.resolve(SessionStore.FILE_NAME), "{\"bucket\": \"half-writ");
        SessionStore store = new SessionStore(dir);
        assertEquals(SessionState.EMPTY, store.get());
        assertNotNull(store.loadProblem());
        assertTrue(store.loadProblem().contains("could not be read"), store.loadProblem());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith(SessionStore.FILE_NAME + ".unreadable-"))
                    .toList();
            assertEquals(1, aside.size());
            assertEquals("{\"bucket\": \"half-writ", Files.readString(aside.get(0)), "the old content is kept as it was");
        }
        store.update(state -> state.withBucket("metricly-example"));
        assertEquals("metricly-example", new SessionStore(dir).get().bucket());
    }

    @Test
    void a_file_of_the_wrong_shape_is_treated_as_unreadable() throws IOException {
        Files.writeString(dir.resolve(SessionStore.FILE_NAME), "[1, 2, 3]");
        SessionStore store = new SessionStore(dir);
        assertEquals(SessionState.EMPTY, store.get());
        assertNotNull(store.loadProblem());
    }

    @Test
    void a_missing_file_is_a_fresh_start_without_complaint() {
        SessionStore store = new SessionStore(dir.resolve("not-yet-created"));
        assertEquals(SessionState.EMPTY, store.get());
        assertNull(store.loadProblem());
    }

    @Test
    void two_unreadable_files_in_a_row_are_each_kept_under_a_name_of_their_own() throws IOException {
        for (String broken : List.of("{\"bucket\": \"first", "{\"bucket\": \"second")) {
            Files.writeString(dir.resolve(SessionStore.FILE_NAME), broken);
            assertNotNull(new SessionStore(dir).loadProblem());
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> kept = files.filter(p -> p.getFileName().toString().startsWith(SessionStore.FILE_NAME + ".unreadable-"))
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).sorted().toList();
            assertEquals(List.of("{\"bucket\": \"first", "{\"bucket\": \"second"), kept);
        }
    }

    @Test
    void temporaries_left_by_a_killed_writer_are_removed_at_start_and_nothing_else_is() throws IOException {
        Files.writeString(dir.resolve(SessionStore.FILE_NAME), "{\"bucket\": \"metricly-example\"}");
        Files.writeString(dir.resolve(SessionStore.FILE_NAME + ".123456.tmp"), "{\"bucket\": \"half");
        Files.writeString(dir.resolve(SessionStore.FILE_NAME + ".99.tmp"), "");
        Files.writeString(dir.resolve("notes.tmp"), "not ours");
        SessionStore store = new SessionStore(dir);
        assertEquals("metricly-example", store.get().bucket());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("notes.tmp", SessionStore.FILE_NAME),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}

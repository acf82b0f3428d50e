package io.billingpilot.state;

import io.billingpilot.core.AccountId;
import io.billingpilot.core.Layout;
import io.billingpilot.core.LegacyReport;
import io.billingpilot.core.Region;
import io.billingpilot.core.ReportType;
import io.billingpilot.exports.ExportTable;
import io.billingpilot.exports.FileFormat;
import io.billingpilot.exports.Granularity;
import io.billingpilot.exports.Versioning;
import io.billingpilot.json.Json;
import io.billingpilot.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
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
        ExportForm export = new ExportForm("metricly-cur", "metricly-example", "billing", ExportTable.CUR2,
                Granularity.HOURLY, FileFormat.PARQUET, Versioning.OVERWRITE, true,
                List.of(new ExportForm.Listed("metricly-cur", ExportForm.Health.HEALTHY)));
        ConsoleState console = new ConsoleState(Layout.C, true, "metricly-example",
                EnumSet.of(LegacyReport.MONTHLY, LegacyReport.COST_ALLOCATION), export, Instant.parse("2026-11-26T10:00:00Z"));
        store.update(state -> state.withBucket("metricly-example").withReport(ReportType.DBR)
                .withRegion(Region.parse("eu-west-1")).withAccount(AccountId.of("123456789012"))
                .withBucketOwner(AccountId.of("210987654321")).withExportName("metricly-cur").withPrefix("billing")
                .withSituation(Situation.NEW_BUCKET).withLayout(Layout.C).withStepDone("bucket").withConsole(console));
        SessionState reread = new SessionStore(dir).get();
        assertEquals(store.get(), reread);
        assertEquals(EnumSet.of(LegacyReport.MONTHLY, LegacyReport.COST_ALLOCATION), reread.console().reports());
    }

    @Test
    void a_file_written_before_the_format_had_a_version_is_read_with_every_value() throws IOException {
        Files.writeString(dir.resolve(SessionStore.FILE_NAME), Fixtures.sessionFile("version-1"));
        SessionStore store = new SessionStore(dir);
        assertNull(store.loadProblem());
        SessionState state = store.get();
        assertEquals("metricly-example", state.bucket());
        assertEquals(ReportType.CUR, state.report());
        assertEquals(Region.parse("eu-west-1"), state.region());
        assertEquals(AccountId.of("123456789012"), state.account());
        assertEquals(Situation.EXISTING_BUCKET, state.situation());
        assertEquals(Layout.B, state.layout());
        assertEquals(List.of("start", "bucket"), state.stepsDone());
        assertEquals(Layout.C, state.console().layout());
        assertEquals(true, state.console().enableReports());
        assertEquals("Metricly-Example", state.console().bucketField());
        assertEquals(EnumSet.of(LegacyReport.MONTHLY, LegacyReport.COST_ALLOCATION), state.console().reports());
        assertEquals(Instant.parse("2026-11-26T10:00:00Z"), state.console().seenAt());

        store.update(next -> next.withExportName("metricly-cur"));
        assertEquals(SessionFile.VERSION, Json.parse(Files.readString(dir.resolve(SessionStore.FILE_NAME))).get("version").asInt(),
                "the next write stores the current format");
        assertEquals(store.get(), new SessionStore(dir).get());
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

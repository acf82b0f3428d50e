package io.billingpilot.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.billingpilot.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;

/**
 * The session, kept in {@code session.json} in the state directory. Writes go to a
 * temporary file that is then renamed over the old one, so a crash never leaves half a
 * file. A file that cannot be read is moved aside (never deleted) and the server starts
 * with an empty session.
 */
public final class SessionStore {
    public static final String FILE_NAME = "session.json";
    private static final Logger LOG = LoggerFactory.getLogger(SessionStore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final Path file;
    private final ObjectMapper mapper;
    private SessionState current;
    private String loadProblem;

    public SessionStore(Path directory) {
        this.directory = directory;
        this.file = directory.resolve(FILE_NAME);
        this.mapper = Json.MAPPER.copy()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        this.current = load();
    }

    public synchronized SessionState get() {
        return current;
    }

    /** Applies a change and persists it before returning the new state. */
    public synchronized SessionState update(UnaryOperator<SessionState> change) {
        SessionState next = change.apply(current);
        if (!next.equals(current)) {
            write(next);
            current = next;
        }
        return current;
    }

    /** Why the previous session could not be restored, or null when it was fine. */
    public synchronized String loadProblem() {
        return loadProblem;
    }

    public Path file() {
        return file;
    }

    private SessionState load() {
        if (!Files.exists(file)) {
            return SessionState.EMPTY;
        }
        try {
            SessionFile.Loaded loaded = SessionFile.read(mapper.readTree(file.toFile()));
            if (!loaded.dropped().isEmpty()) {
                LOG.warn("Some values in {} were not accepted and are left out: {}", file, String.join(" ", loaded.dropped()));
            }
            return loaded.state();
        } catch (IOException | RuntimeException e) {
            Path aside = directory.resolve(FILE_NAME + ".unreadable-" + STAMP.format(Instant.now()));
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                loadProblem = "The saved session in " + file + " could not be read; it was kept as " + aside
                        + " and the guide starts afresh.";
            } catch (IOException moveFailed) {
                loadProblem = "The saved session in " + file + " could not be read and could not be moved aside ("
                        + moveFailed.getMessage() + "); the guide starts afresh and will overwrite it on the next change.";
            }
            LOG.warn(loadProblem);
            return SessionState.EMPTY;
        }
    }

    private void write(SessionState state) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, FILE_NAME, ".tmp");
            try {
                mapper.writeValue(temporary.toFile(), SessionFile.write(state));
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the session to " + file + ": " + e.getMessage(), e);
        }
    }
}

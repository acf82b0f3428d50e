package io.billingpilot.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.billingpilot.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The session, kept in {@code session.json} in the state directory, written through a
 * {@link DurableFile}: a crash never leaves half a file, and an update that returned is on disk.
 * A file that cannot be read is moved aside under a name of its own (never deleted, never
 * overwritten) and the server starts with an empty session.
 */
public final class SessionStore {
    public static final String FILE_NAME = "session.json";
    private static final Logger LOG = LoggerFactory.getLogger(SessionStore.class);

    private final Path directory;
    private final Path file;
    private final DurableFile durable;
    private final ObjectMapper mapper;
    private SessionState current;
    private String loadProblem;

    public SessionStore(Path directory) {
        this.directory = directory;
        this.file = directory.resolve(FILE_NAME);
        this.durable = new DurableFile(file);
        this.mapper = Json.MAPPER.copy()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        removeOrphans();
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
            try {
                Path aside = durable.setAside("unreadable");
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
            durable.write(mapper.writeValueAsBytes(SessionFile.write(state)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the session to " + file + ": " + e.getMessage(), e);
        }
    }

    private void removeOrphans() {
        try {
            int removed = durable.removeOrphanedTemporaries();
            if (removed > 0) {
                LOG.info("Removed {} temporary session file(s) left by an interrupted write.", removed);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove temporary session files in {}: {}", directory, e.getMessage());
        }
    }
}

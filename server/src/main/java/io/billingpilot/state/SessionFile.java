package io.billingpilot.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.json.Json;

import java.util.ArrayList;
import java.util.List;

/**
 * The format of {@code session.json}: the session as {@link SessionJson} writes it, after a
 * {@code version}. Older files are migrated when read; a file from a newer program is refused,
 * so that it is kept aside rather than overwritten with less than it holds.
 *
 * <ul>
 *   <li>1 (no {@code version} field): the same fields, without {@code exportName}, {@code prefix},
 *       {@code bucketOwner} and the console's {@code export}; its values were stored unchecked;</li>
 *   <li>2: every value parsed on the way in.</li>
 * </ul>
 * Values are read forgivingly: one the program does not accept (a hand-edited file) is dropped,
 * the rest kept.
 */
public final class SessionFile {
    public static final int VERSION = 2;

    private SessionFile() {
    }

    /** What was read, and why any of the file's values were dropped. */
    public record Loaded(SessionState state, List<String> dropped) {
    }

    public static ObjectNode write(SessionState state) {
        ObjectNode json = Json.object();
        json.put("version", VERSION);
        json.setAll(SessionJson.write(state));
        return json;
    }

    /** @throws IllegalArgumentException when the file is no session object, or comes from a newer program */
    public static Loaded read(JsonNode file) {
        if (file == null || !file.isObject()) {
            throw new IllegalArgumentException("it holds " + Json.describe(file) + ", not a session object");
        }
        ObjectNode current = migrate((ObjectNode) file.deepCopy());
        List<String> dropped = new ArrayList<>();
        return new Loaded(SessionJson.read(new JsonFields(current, dropped)), List.copyOf(dropped));
    }

    private static ObjectNode migrate(ObjectNode file) {
        JsonNode version = file.get("version");
        int from = version == null ? 1 : version.asInt(-1);
        if (from < 1 || from > VERSION) {
            throw new IllegalArgumentException("it has format version " + version + "; this program reads up to " + VERSION);
        }
        if (from == 1) {
            // Version 2 only added fields, so a version 1 file reads as it is; its values are checked on reading.
            file.put("version", 2);
        }
        file.remove("version");
        return file;
    }
}

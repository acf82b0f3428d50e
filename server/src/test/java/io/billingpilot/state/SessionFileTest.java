package io.billingpilot.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.Layout;
import io.billingpilot.core.LegacyReport;
import io.billingpilot.core.ReportType;
import io.billingpilot.json.Json;
import io.billingpilot.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionFileTest {
    @Test
    void a_written_session_starts_with_the_format_version() {
        ObjectNode file = SessionFile.write(SessionState.EMPTY.withBucket("metricly-example"));
        assertEquals("version", file.fieldNames().next());
        assertEquals(SessionFile.VERSION, file.get("version").asInt());
    }

    @Test
    void values_the_program_does_not_accept_are_dropped_and_the_rest_kept() {
        ObjectNode file = Json.parseObject(Fixtures.sessionFile("version-1"));
        file.put("report", "everything");
        file.put("region", "zz-nowhere-9");
        file.put("situation", 42);
        ((ObjectNode) file.get("console")).put("layout", "D");
        ((ObjectNode) file.get("console").get("reports")).put("detailed", "yes");

        SessionFile.Loaded loaded = SessionFile.read(file);
        SessionState state = loaded.state();
        assertEquals("metricly-example", state.bucket(), "the valid values stay");
        assertNull(state.report());
        assertEquals(ReportType.DEFAULT, state.reportOrDefault());
        assertNull(state.region());
        assertNull(state.situation());
        assertEquals(Situation.DEFAULT, state.situationOrDefault());
        assertEquals(Layout.B, state.layout());
        assertNull(state.console().layout());
        assertEquals(EnumSet.of(LegacyReport.MONTHLY, LegacyReport.COST_ALLOCATION), state.console().reports());
        assertEquals(5, loaded.dropped().size(), loaded.dropped().toString());
        assertTrue(loaded.dropped().stream().anyMatch(reason -> reason.contains("everything")), loaded.dropped().toString());
    }

    @Test
    void a_file_from_a_newer_program_is_refused_rather_than_read_in_part() {
        ObjectNode file = SessionFile.write(SessionState.EMPTY.withBucket("metricly-example"));
        file.put("version", SessionFile.VERSION + 1);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SessionFile.read(file));
        assertTrue(refused.getMessage().contains("version"), refused.getMessage());
    }

    @Test
    void what_is_not_an_object_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> SessionFile.read(Json.parse("[1, 2, 3]")));
    }
}

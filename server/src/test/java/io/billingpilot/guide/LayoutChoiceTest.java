package io.billingpilot.guide;

import io.billingpilot.state.ConsoleState;
import io.billingpilot.state.SessionState;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LayoutChoiceTest {
    private static final ConsoleLabels LABELS = ConsoleLabels.shared();

    @Test
    void without_a_choice_or_a_report_the_guide_describes_today_s_layout() {
        assertEquals("C", LayoutChoice.effective(SessionState.EMPTY, LABELS));
    }

    @Test
    void the_admin_s_choice_is_used_until_the_extension_reports_a_layout() {
        SessionState chosen = SessionState.EMPTY.withLayout("A");
        assertEquals("A", LayoutChoice.effective(chosen, LABELS));
        SessionState seen = chosen.withConsole(console("B"));
        assertEquals("B", LayoutChoice.effective(seen, LABELS));
        assertEquals("B", LayoutChoice.seenByExtension(seen, LABELS));
    }

    @Test
    void a_report_from_the_s3_console_says_nothing_about_billing_preferences() {
        SessionState state = SessionState.EMPTY.withLayout("A").withConsole(console("s3"));
        assertNull(LayoutChoice.seenByExtension(state, LABELS));
        assertEquals("A", LayoutChoice.effective(state, LABELS));
    }

    private static ConsoleState console(String layout) {
        return new ConsoleState(layout, null, null, null, Instant.EPOCH);
    }
}

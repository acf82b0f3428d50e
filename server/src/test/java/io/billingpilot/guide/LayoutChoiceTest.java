package io.billingpilot.guide;

import io.billingpilot.core.Layout;
import io.billingpilot.state.ConsoleState;
import io.billingpilot.state.SessionState;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LayoutChoiceTest {
    @Test
    void without_a_choice_or_a_report_the_guide_describes_today_s_layout() {
        assertEquals(Layout.C, LayoutChoice.effective(SessionState.EMPTY));
    }

    @Test
    void the_admin_s_choice_is_used_until_the_extension_reports_a_layout() {
        SessionState chosen = SessionState.EMPTY.withLayout(Layout.A);
        assertEquals(Layout.A, LayoutChoice.effective(chosen));
        SessionState seen = chosen.withConsole(console(Layout.B));
        assertEquals(Layout.B, LayoutChoice.effective(seen));
        assertEquals(Layout.B, LayoutChoice.seenByExtension(seen));
    }

    @Test
    void a_report_from_the_s3_console_says_nothing_about_billing_preferences() {
        SessionState state = SessionState.EMPTY.withLayout(Layout.A).withConsole(console(Layout.S3));
        assertNull(LayoutChoice.seenByExtension(state));
        assertEquals(Layout.A, LayoutChoice.effective(state));
    }

    private static ConsoleState console(Layout layout) {
        return new ConsoleState(layout, null, null, null, null, Instant.EPOCH);
    }
}

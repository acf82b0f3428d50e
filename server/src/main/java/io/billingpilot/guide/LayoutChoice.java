package io.billingpilot.guide;

import io.billingpilot.core.Layout;
import io.billingpilot.state.ConsoleState;
import io.billingpilot.state.SessionState;

/**
 * Which Billing preferences layout the reports step describes. What the extension last saw on
 * the console wins, since that is the page in front of the admin; otherwise the admin's own
 * choice; otherwise today's layout.
 */
public final class LayoutChoice {
    /** The layout AWS shows today. */
    public static final Layout DEFAULT = Layout.C;

    private LayoutChoice() {
    }

    public static Layout effective(SessionState state) {
        Layout seen = seenByExtension(state);
        if (seen != null) {
            return seen;
        }
        return state.layout() != null ? state.layout() : DEFAULT;
    }

    /** The Billing preferences layout the extension reported, or null (none yet, or it saw another console page). */
    public static Layout seenByExtension(SessionState state) {
        ConsoleState console = state.console();
        return console != null && console.onBillingPreferences() ? console.layout() : null;
    }
}

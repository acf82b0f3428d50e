package io.billingpilot.guide;

import io.billingpilot.state.ConsoleState;
import io.billingpilot.state.SessionState;

/**
 * Which Billing preferences layout the reports step describes. What the extension last saw on
 * the console wins, since that is the page in front of the admin; otherwise the admin's own
 * choice; otherwise today's layout.
 */
public final class LayoutChoice {
    /** The layout AWS shows today. */
    public static final String DEFAULT = "C";

    private LayoutChoice() {
    }

    public static String effective(SessionState state, ConsoleLabels labels) {
        String seen = seenByExtension(state, labels);
        if (seen != null) {
            return seen;
        }
        return labels.isLayout(state.layout()) ? state.layout() : DEFAULT;
    }

    /** The Billing preferences layout the extension reported, or null (none yet, or it saw the S3 console). */
    public static String seenByExtension(SessionState state, ConsoleLabels labels) {
        ConsoleState console = state.console();
        return console != null && labels.isLayout(console.layout()) ? console.layout() : null;
    }
}

package io.billingpilot.core;

/** Small helpers for quoting untrusted values inside messages. */
public final class Texts {
    private static final int MAX_QUOTED = 80;

    private Texts() {
    }

    /**
     * A value made safe to quote on one line of a message: control characters shown as
     * escapes (a newline in a bucket name must not split an error line) and cut to a
     * readable length.
     */
    public static String clip(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length() && out.length() < MAX_QUOTED; i++) {
            char c = value.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (out.length() >= MAX_QUOTED && value.length() > MAX_QUOTED) {
            out.append('…');
        }
        return out.toString();
    }
}

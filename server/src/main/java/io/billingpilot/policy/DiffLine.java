package io.billingpilot.policy;

import com.fasterxml.jackson.annotation.JsonValue;

/** One line of a policy diff: added by the merge, removed by it, or the same in both. */
public record DiffLine(Kind kind, String text) {
    public enum Kind {
        ADDED, REMOVED, SAME;

        /** "added", "removed", "same" in JSON. */
        @JsonValue
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

package io.billingpilot.policy;

/** One line of a policy diff: added by the merge, removed by it, or the same in both. */
public record DiffLine(Kind kind, String text) {
    public enum Kind { ADDED, REMOVED, SAME }
}

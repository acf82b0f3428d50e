package io.billingpilot.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;
import io.billingpilot.json.MalformedJsonException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line diff of two policies, shown before anything is copied or applied. Texts that are
 * JSON are first printed in {@link PolicyFormat} so that layout differences do not show up
 * as changes; other text is compared as it is. The diff is a longest common subsequence of
 * lines (after trimming the common head and tail), so it is minimal.
 */
public final class PolicyDiff {
    /** Above this many line pairs the middle is shown as removed-then-added rather than aligned. */
    private static final long MAX_CELLS = 2_000_000;

    private PolicyDiff() {
    }

    /** @param beforeText the existing policy, or null / blank when the bucket has none */
    public static List<DiffLine> between(String beforeText, String afterText) {
        return lines(normalised(beforeText), normalised(afterText));
    }

    public static List<DiffLine> between(JsonNode before, JsonNode after) {
        return lines(before == null ? List.of() : split(PolicyFormat.pretty(before)),
                after == null ? List.of() : split(PolicyFormat.pretty(after)));
    }

    private static List<String> normalised(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return split(PolicyFormat.pretty(Json.parse(text)));
        } catch (MalformedJsonException e) {
            return split(text);
        }
    }

    private static List<String> split(String text) {
        return Arrays.asList(text.split("\\r?\\n", -1));
    }

    private static List<DiffLine> lines(List<String> before, List<String> after) {
        int head = 0;
        while (head < before.size() && head < after.size() && before.get(head).equals(after.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < before.size() - head && tail < after.size() - head
                && before.get(before.size() - 1 - tail).equals(after.get(after.size() - 1 - tail))) {
            tail++;
        }
        List<DiffLine> diff = new ArrayList<>();
        before.subList(0, head).forEach(line -> diff.add(new DiffLine(DiffLine.Kind.SAME, line)));
        middle(before.subList(head, before.size() - tail), after.subList(head, after.size() - tail), diff);
        before.subList(before.size() - tail, before.size()).forEach(line -> diff.add(new DiffLine(DiffLine.Kind.SAME, line)));
        return diff;
    }

    private static void middle(List<String> a, List<String> b, List<DiffLine> diff) {
        int n = a.size();
        int m = b.size();
        if ((long) n * m > MAX_CELLS) {
            a.forEach(line -> diff.add(new DiffLine(DiffLine.Kind.REMOVED, line)));
            b.forEach(line -> diff.add(new DiffLine(DiffLine.Kind.ADDED, line)));
            return;
        }
        // common[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                diff.add(new DiffLine(DiffLine.Kind.SAME, a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                diff.add(new DiffLine(DiffLine.Kind.REMOVED, a.get(i++)));
            } else {
                diff.add(new DiffLine(DiffLine.Kind.ADDED, b.get(j++)));
            }
        }
        while (i < n) {
            diff.add(new DiffLine(DiffLine.Kind.REMOVED, a.get(i++)));
        }
        while (j < m) {
            diff.add(new DiffLine(DiffLine.Kind.ADDED, b.get(j++)));
        }
    }
}

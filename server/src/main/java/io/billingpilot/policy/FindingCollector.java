package io.billingpilot.policy;

import io.billingpilot.core.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers findings so that one cause reported for several calls reads as one finding
 * ("... refuses s3:GetBucketAcl and s3:PutObject ...") instead of one line per call.
 */
final class FindingCollector {
    /** Builds the finding once every call it concerns is known. */
    interface Template {
        Finding with(String calls);
    }

    private record Entry(Set<WriterCall> calls, Template template) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** @param key what makes two reports the same cause (code, statement, writer...) */
    void add(String key, WriterCall call, Template template) {
        entries.computeIfAbsent(key, k -> new Entry(new LinkedHashSet<>(), template)).calls().add(call);
    }

    void add(Finding finding) {
        entries.putIfAbsent(finding.code() + "\u0000" + finding.message(), new Entry(new LinkedHashSet<>(), calls -> finding));
    }

    /** Whether a cause with a key starting so was already reported. */
    boolean hasKeyStartingWith(String prefix) {
        return entries.keySet().stream().anyMatch(key -> key.startsWith(prefix));
    }

    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        entries.values().forEach(entry -> findings.add(entry.template().with(describe(entry.calls()))));
        return findings;
    }

    /** "s3:GetBucketAcl and s3:GetBucketPolicy on the bucket and s3:PutObject on aws-programmatic-access-test-object". */
    static String describe(Set<WriterCall> calls) {
        Map<String, Set<String>> actionsByTarget = new LinkedHashMap<>();
        calls.forEach(call -> actionsByTarget.computeIfAbsent(call.target(), t -> new LinkedHashSet<>()).add(call.action()));
        Set<String> parts = new LinkedHashSet<>();
        actionsByTarget.forEach((target, actions) -> parts.add(join(actions) + " on " + target));
        return join(parts);
    }

    /** "a", "a and b", "a, b and c". */
    static String join(Set<String> items) {
        List<String> list = new ArrayList<>(items);
        if (list.size() <= 1) {
            return list.isEmpty() ? "" : list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }
}

package io.billingpilot.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.json.MalformedJsonException;

import java.util.List;

/**
 * The billing statements merged into a bucket's existing policy, with what is shown before
 * anything is copied or applied: the merged text, the line diff against the existing policy,
 * and the findings for the merged policy (a merge does not lift a Deny elsewhere).
 */
public record MergedPolicy(ObjectNode policy, String text, List<DiffLine> diff, PolicyAnalysis analysis) {
    public MergedPolicy {
        diff = List.copyOf(diff);
    }

    /**
     * @param existingText the bucket's policy as people paste it (plain, or the output of
     *                     {@code aws s3api get-bucket-policy}); null or blank when it has none
     * @throws InvalidInputException when the text cannot be read as a policy to merge into
     */
    public static MergedPolicy of(String existingText, PolicyRequest request) {
        JsonNode existing = null;
        if (existingText != null && !existingText.isBlank()) {
            try {
                existing = PolicyText.unwrap(PolicyText.parse(existingText));
            } catch (MalformedJsonException e) {
                throw new InvalidInputException("The existing policy cannot be read: " + e.getMessage());
            }
        }
        ObjectNode merged = PolicyMerger.merge(existing, request);
        return new MergedPolicy(merged, PolicyFormat.pretty(merged), PolicyDiff.between(existing, merged),
                PolicyAnalyzer.analyze(merged, request));
    }

    /** Whether the merge changes anything (no when the policy already has the current billing statements). */
    public boolean changes() {
        return diff.stream().anyMatch(line -> line.kind() != DiffLine.Kind.SAME);
    }
}

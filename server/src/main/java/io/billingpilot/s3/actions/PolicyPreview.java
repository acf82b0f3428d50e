package io.billingpilot.s3.actions;

import io.billingpilot.policy.DiffLine;
import io.billingpilot.policy.PolicyRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What applying the merged policy would change, as shown before the admin confirms.
 *
 * @param currentText the bucket's policy as read, null when it has none
 * @param sha256      fingerprint of {@code currentText}; the apply must name it
 * @param mergedText  the policy that would be written
 */
public record PolicyPreview(PolicyRequest request, String region, String currentText, String sha256,
                            String mergedText, List<DiffLine> diff) {
    public PolicyPreview {
        diff = List.copyOf(diff);
    }

    /** False when the bucket already has the merged policy: nothing would be written. */
    public boolean changes() {
        return diff.stream().anyMatch(line -> line.kind() != DiffLine.Kind.SAME);
    }

    public Map<String, Object> json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bucket", request.bucket());
        body.put("report", request.report().id());
        body.put("account", request.account());
        body.put("region", region);
        body.put("hasPolicy", currentText != null);
        body.put("sha256", sha256);
        body.put("changes", changes());
        body.put("diff", diff.stream().map(line -> Map.of("kind", line.kind().name().toLowerCase(java.util.Locale.ROOT),
                "text", line.text())).toList());
        body.put("policy", mergedText);
        return body;
    }
}

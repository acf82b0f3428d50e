package io.billingpilot.exports.create;

import io.billingpilot.core.Finding;
import io.billingpilot.exports.ExportDefinition;
import io.billingpilot.policy.PolicyAnalysis;
import io.billingpilot.s3.actions.PolicyPreview;

import java.util.List;

/**
 * What create-export would do, checked before anything is created: the exact definition, the
 * bucket policy as read with the policy engine's verdict for the writer (and the merged policy
 * with its diff, the fix {@code apply-policy} can write), and whether the name is free.
 *
 * @param policy      the bucket's policy, merged policy and diff; null when the bucket could not be read
 * @param analysis    the policy engine's findings for the writer on the current policy; null as above
 * @param existingArn the ARN (or report name) of what already holds the name, else null
 */
public record ExportPlan(ExportDefinition definition, PolicyPreview policy, PolicyAnalysis analysis,
                         String existingArn, List<Finding> findings) {
    public ExportPlan {
        findings = List.copyOf(findings);
    }

    /** Nothing stands in the way: the writer would be admitted and the name is free. */
    public boolean creatable() {
        return findings.stream().noneMatch(Finding::isError);
    }

    public boolean policyRefusesWriter() {
        return analysis != null && !analysis.deliverable();
    }
}

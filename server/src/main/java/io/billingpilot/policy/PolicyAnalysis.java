package io.billingpilot.policy;

import io.billingpilot.core.Finding;

import java.util.List;

/**
 * What the analyzer concluded about a bucket policy.
 *
 * @param deliverable the report's writer can deliver under this policy: no finding is an error
 * @param findings    every finding, errors first
 */
public record PolicyAnalysis(boolean deliverable, List<Finding> findings) {
    public PolicyAnalysis {
        findings = List.copyOf(findings);
    }

    static PolicyAnalysis of(List<Finding> findings) {
        List<Finding> ordered = findings.stream().distinct()
                .sorted(java.util.Comparator.comparing(Finding::severity)).toList();
        return new PolicyAnalysis(ordered.stream().noneMatch(Finding::isError), ordered);
    }

    public boolean has(String code) {
        return findings.stream().anyMatch(finding -> finding.code().equals(code));
    }
}

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
        List<Finding> ordered = findings.stream().map(PolicyAnalysis::oneLine).distinct()
                .sorted(java.util.Comparator.comparing(Finding::severity)).toList();
        return new PolicyAnalysis(ordered.stream().noneMatch(Finding::isError), ordered);
    }

    /**
     * Messages quote Sids, keys and values from the policy; whatever they hold, a finding stays
     * on one line (control characters are shown as escapes).
     */
    private static Finding oneLine(Finding finding) {
        return new Finding(finding.code(), finding.severity(), escapeControls(finding.message()), escapeControls(finding.fix()));
    }

    private static String escapeControls(String text) {
        if (text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    public boolean has(String code) {
        return findings.stream().anyMatch(finding -> finding.code().equals(code));
    }
}

package io.billingpilot.handoff;

import io.billingpilot.core.ReportType;

import java.util.List;
import java.util.Map;

/**
 * One cost-monitoring tool as the hand-off needs it: whom its role trusts, what it reads, and
 * the labels of its integration page. Read from {@code rules/monitoring-tools.json} by
 * {@link MonitoringTools}; nothing else describes a tool.
 *
 * @param account         the tool's AWS account when it publishes one, or null: the admin enters it
 * @param accountHint     where to find the account, and what is unverified about it
 * @param reports         the reports the tool is documented to read
 * @param reads           what the tool's role reads
 * @param permissionNames the names the tool's own docs give each read, by key of {@link Reads}
 * @param steps           the integration page's steps, each a list of parts (text, or a label on the page)
 */
public record ToolProfile(String id, String name, String formerly, String account, String accountHint,
                          boolean externalIdRequired, List<ReportType> reports, String reportsNote, Reads reads,
                          Map<String, String> permissionNames, List<String> prerequisites, String roleName,
                          String integrationPage, List<List<Part>> steps, String waitMinutes, String source) {

    /** What the tool reads besides nothing: report files, Cost Explorer, the report or export definitions. */
    public record Reads(boolean reportFiles, boolean costExplorer, boolean definitions) {
    }

    /** A piece of an integration step: plain text, or a label the admin sees on the tool's page. */
    public record Part(String text, boolean label) {
    }

    /** The admin enters the account (the tool publishes none, or it is unverified). */
    public boolean accountEntered() {
        return account == null;
    }

    /** The tool is documented to read this report's files. */
    public boolean documentedFor(ReportType report) {
        return reports.contains(report);
    }
}

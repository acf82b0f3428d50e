package io.billingpilot.guide;

import io.billingpilot.core.AccountId;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.view.MonitoringView;
import io.billingpilot.handoff.MonitoringTools;
import io.billingpilot.handoff.ToolProfile;
import io.billingpilot.iac.IacDownload;
import io.billingpilot.iac.IacFormat;
import io.billingpilot.json.Json;
import io.billingpilot.policy.ReaderAccess;
import io.billingpilot.policy.ReaderPolicy;
import io.billingpilot.policy.TrustPolicy;
import io.billingpilot.state.HandOff;
import io.billingpilot.state.SessionState;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the monitoring step's model from the session: the chosen tool, the exact values, the role, the downloads. */
public final class HandOffModel {
    private HandOffModel() {
    }

    /**
     * @param typed what the admin submitted and why it was refused, or null when showing the saved values
     */
    public static MonitoringView.Model of(SessionState state, MonitoringView.Typed typed, ConsoleLabels labels) {
        HandOff handOff = state.handOff() == null ? new HandOff(null, null, null, null) : state.handOff();
        ToolProfile tool = MonitoringTools.shared().get(handOff.tool() != null ? handOff.tool() : defaultTool(state));
        String toolAccount = handOff.toolAccount() != null ? handOff.toolAccount().digits() : tool.account();
        ReportType report = state.reportOrDefault();
        Partition partition = state.region() == null ? Partition.DEFAULT : state.region().partition();
        String permissions = null;
        String roleProblem = null;
        try {
            ReaderAccess access = ReaderAccess.parse(state.bucket(), report, state.prefix(), handOff.kmsKey(), partition,
                    tool.reads().costExplorer(), tool.reads().definitions());
            permissions = Json.pretty(ReaderPolicy.generate(access));
        } catch (InvalidInputException e) {
            roleProblem = e.getMessage();
        }
        String trust = toolAccount != null && handOff.externalId() != null
                ? Json.pretty(TrustPolicy.generate(toolAccount, handOff.externalId(), partition)) : null;
        return new MonitoringView.Model(state, MonitoringTools.shared().all(), tool, toolAccount, handOff.externalId(),
                handOff.kmsKey(),
                typed, permissions, trust, roleProblem, downloads(state, tool, toolAccount, handOff.externalId()),
                downloadProblem(state), labels);
    }

    /** Virtana for the reports it reads today; the Metricly path for the legacy files. */
    private static String defaultTool(SessionState state) {
        return state.reportOrDefault() == ReportType.DBR ? "metricly" : "virtana";
    }

    private static String downloadProblem(SessionState state) {
        if (state.reportOrDefault().needsAccount() && state.account() == null) {
            return "The " + state.reportOrDefault().title() + " setup names your payer account: enter it in step "
                    + Step.REPORTS.number() + " to download it as code.";
        }
        return null;
    }

    private static List<MonitoringView.Download> downloads(SessionState state, ToolProfile tool, String toolAccount,
                                                           String externalId) {
        if (downloadProblem(state) != null) {
            return List.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("bucket", state.bucket());
        values.put("report", state.reportOrDefault().id());
        values.put("account", AccountId.digitsOf(state.account()));
        values.put("region", state.region() == null ? null : state.region().id());
        values.put("name", state.reportOrDefault() == ReportType.DBR ? null : state.exportName());
        values.put("prefix", state.reportOrDefault() == ReportType.DBR ? null : state.prefix());
        values.put("tool", tool.id());
        values.put("toolAccount", toolAccount);
        values.put("externalId", externalId);
        return List.of(
                new MonitoringView.Download("CloudFormation template", IacFormat.CLOUDFORMATION.fileName(),
                        IacDownload.link(IacFormat.CLOUDFORMATION, values)),
                new MonitoringView.Download("Terraform file", IacFormat.TERRAFORM.fileName(),
                        IacDownload.link(IacFormat.TERRAFORM, values)));
    }
}

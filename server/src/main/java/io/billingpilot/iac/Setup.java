package io.billingpilot.iac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.AccountId;
import io.billingpilot.core.ExternalId;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Partition;
import io.billingpilot.core.Regions;
import io.billingpilot.core.ReportType;
import io.billingpilot.exports.ExportDefinition;
import io.billingpilot.exports.ExportInputs;
import io.billingpilot.handoff.MonitoringTools;
import io.billingpilot.handoff.ToolProfile;
import io.billingpilot.json.Json;
import io.billingpilot.policy.PolicyMerger;
import io.billingpilot.policy.PolicyRequest;
import io.billingpilot.policy.ReaderAccess;
import io.billingpilot.policy.ReaderRole;

import java.util.ArrayList;
import java.util.List;

import static io.billingpilot.core.InvalidInputException.collect;

/**
 * The whole setup the infrastructure code writes, checked once and in one place for both
 * formats: the bucket, its policy (merged into the current one when it is known), the export or
 * report definition, and the monitoring tool's role. Policies are generated with the real
 * values through the policy engine, then their account-specific values are marked as
 * {@link Token}s; the formats only write what is here.
 *
 * @param export         the Data Export or legacy CUR definition; null for the legacy reports, which have no API
 * @param bucketPolicy   with tokens
 * @param toolAccount    the tool's account when known, else null (a parameter without default)
 * @param externalId     the External ID when known, else null (a parameter without default)
 */
public record Setup(String bucket, ReportType report, Partition partition, String region, String prefix,
                    ExportDefinition export, ObjectNode bucketPolicy, boolean merged, ToolProfile tool,
                    String toolAccount, String externalId, ObjectNode trustPolicy, ObjectNode permissionsPolicy,
                    String roleName) {
    /** A stand-in for an unknown tool account or External ID while the policies are built; replaced by tokens. */
    private static final String UNKNOWN_ACCOUNT = "000000000000";
    private static final String UNKNOWN_EXTERNAL_ID = "unknown-external-id";
    /** A name for the export or report when none is given. */
    public static final String DEFAULT_NAME = "billing-reports";

    /** The setup for these inputs, or an {@link InvalidInputException} with every reason at once. */
    public static Setup from(IacInput in) {
        List<String> reasons = new ArrayList<>();
        ReportType report = collect(reasons, () -> ReportType.parse(in.report()));
        Partition partition = collect(reasons, () -> Partition.parse(in.partition()));
        String region = collect(reasons, () -> Regions.parse(in.region()));
        PolicyRequest request = collect(reasons, () -> {
            PolicyRequest parsed = PolicyRequest.parse(in.bucket(), in.report(), in.account(), in.partition());
            parsed.requireAccount();
            return parsed;
        });
        ToolProfile tool = collect(reasons, () -> MonitoringTools.shared().get(in.tool()));
        String toolAccount = collect(reasons, () -> AccountId.parse(in.toolAccount(),
                MonitoringTools.TOOL_ACCOUNT));
        String externalId = blank(in.externalId()) ? null : collect(reasons, () -> ExternalId.require(in.externalId()));
        JsonNode existing = blank(in.existingPolicy()) ? null : collect(reasons, () -> Json.parse(in.existingPolicy()));
        ExportDefinition export = null;
        if (report != null && report != ReportType.DBR && request != null) {
            export = collect(reasons, () -> ExportDefinition.from(new ExportInputs(report.id(),
                    blank(in.name()) ? DEFAULT_NAME : in.name(), in.table(), null, null, null, null,
                    request.bucket(), in.prefix(), region == null ? Regions.DEFAULT : region, request.account(), null)));
        } else if (report == ReportType.DBR && !blank(in.name())) {
            reasons.add("The legacy reports (dbr) have no name: leave --name out, or choose --report cur or data-exports.");
        }
        String prefix = export == null ? null : export.prefix().isEmpty() ? null : export.prefix();
        ReaderAccess access = request == null || tool == null ? null : collect(reasons, () -> ReaderAccess.parse(
                request.bucket(), report, prefix, null, partition, tool.reads().costExplorer(), tool.reads().definitions()));
        ObjectNode merged = request == null ? null : collect(reasons, () -> PolicyMerger.merge(existing, request));
        if (!reasons.isEmpty()) {
            throw new InvalidInputException(String.join(" ", reasons), reasons);
        }
        String knownToolAccount = toolAccount != null ? toolAccount : tool.account();
        ReaderRole role = ReaderRole.of(access, knownToolAccount == null ? UNKNOWN_ACCOUNT : knownToolAccount,
                externalId == null ? UNKNOWN_EXTERNAL_ID : externalId);
        Parameterizer bucketTokens = new Parameterizer().bucketArn(request.bucketArn(), Token.BUCKET);
        if (request.account() != null) {
            bucketTokens.account(request.account(), Token.ACCOUNT);
        }
        Parameterizer trustTokens = new Parameterizer()
                .account(knownToolAccount == null ? UNKNOWN_ACCOUNT : knownToolAccount, Token.TOOL_ACCOUNT)
                .exact(externalId == null ? UNKNOWN_EXTERNAL_ID : externalId, Token.EXTERNAL_ID);
        return new Setup(request.bucket(), report, partition, region == null ? Regions.DEFAULT : region, prefix, export,
                bucketTokens.apply(merged), existing != null, tool, knownToolAccount, externalId,
                trustTokens.apply(role.trustPolicy()),
                new Parameterizer().bucketArn(request.bucketArn(), Token.BUCKET).apply(role.permissionsPolicy()),
                tool.roleName());
    }

    /** What the template says about itself, in both formats. */
    public List<String> notes(IacFormat format) {
        List<String> notes = new ArrayList<>();
        notes.add("Generated by billing-pilot for the bucket " + bucket + " (" + report.title() + ").");
        if (export != null) {
            notes.add("AWS creates " + (export.isDataExport() ? "Data Exports" : "legacy Cost and Usage Report definitions")
                    + " only in us-east-1, whatever the bucket's region"
                    + (format == IacFormat.CLOUDFORMATION ? ": deploy this stack in us-east-1 (a rule refuses any other"
                    + " region), which also creates the bucket there." : ": the export uses a provider for us-east-1."));
            if (export.isDataExport() && format == IacFormat.TERRAFORM) {
                notes.add("Terraform's aws_bcmdataexports_export cannot express S3BucketOwner: a bucket owned by another"
                        + " account needs the CloudFormation template, the API or the console.");
            }
        } else {
            notes.add("The legacy reports have no API: switch them on in the console (Billing preferences) after"
                    + " applying this; the bucket policy lets their writer deliver.");
        }
        notes.add(merged ? "The bucket policy is the bucket's current policy with the billing statements merged in:"
                + " its other statements are kept as they were." : "The bucket policy holds only the billing statements.");
        notes.add("The bucket uses SSE-S3 (AES256), blocks public access and disables ACLs (BucketOwnerEnforced).");
        notes.add("The role " + roleName + " lets " + tool.name() + " read the report files and nothing else of the"
                + " bucket; only the tool's account, with the External ID, can assume it. A new role can take "
                + tool.waitMinutes() + " minutes before the tool can use it.");
        if (!tool.documentedFor(report)) {
            notes.add(tool.name() + "'s documentation does not name " + report.title() + " files: " + tool.reportsNote());
        }
        if (tool.accountEntered() && toolAccount == null) {
            notes.add("Enter the tool's account id at deployment: " + tool.accountHint());
        }
        return notes;
    }

    /** The name the export or report has; null for the legacy reports. */
    public String exportName() {
        return export == null ? null : export.name().value();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

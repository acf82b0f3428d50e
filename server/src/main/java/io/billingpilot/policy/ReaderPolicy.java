package io.billingpilot.policy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;
import io.billingpilot.json.Json;
import io.billingpilot.policy.iam.PolicyDocument;

import java.util.List;

/**
 * The permissions policy of a monitoring tool's role: what it reads, and nothing more.
 * <ul>
 *   <li>{@code s3:ListBucket} on the bucket, limited by {@code s3:prefix} to the report prefix when there is one;</li>
 *   <li>{@code s3:GetObject} on the report objects (under the prefix, or the whole bucket);</li>
 *   <li>{@code kms:Decrypt} on the bucket's customer-managed key, when it has one;</li>
 *   <li>{@code ce:Get*} and the report or export definition reads, only when the tool needs them.</li>
 * </ul>
 * The guide, the {@code reader-policy} and {@code reader-role} commands and the infrastructure
 * code all print this one.
 */
public final class ReaderPolicy {
    public static final String VERSION = PolicyDocument.VERSION_2012;
    public static final String COST_EXPLORER_ACTION = "ce:Get*";

    private ReaderPolicy() {
    }

    /**
     * The files-only policy of the {@code reader-policy} command.
     *
     * @throws io.billingpilot.core.InvalidInputException for an invalid bucket name or KMS key ARN
     */
    public static ObjectNode generate(String bucket, Partition partition, String kmsKeyArnOrNull) {
        return generate(ReaderAccess.filesOnly(bucket, partition, kmsKeyArnOrNull));
    }

    public static ObjectNode generate(ReaderAccess access) {
        ObjectNode policy = Json.object();
        policy.put("Version", VERSION);
        ArrayNode statements = policy.putArray("Statement");
        ObjectNode list = statement("ListReportFiles", List.of("s3:ListBucket"), access.bucketArn());
        if (access.prefix() != null) {
            ArrayNode prefixes = list.putObject("Condition").putObject("StringLike").putArray("s3:prefix");
            prefixes.add(access.prefix());
            prefixes.add(access.prefix() + "/*");
        }
        statements.add(list);
        statements.add(statement("ReadReportFiles", List.of("s3:GetObject"), access.reportObjectsArn()));
        if (access.kmsKeyArn() != null) {
            statements.add(statement("DecryptReportFiles", List.of("kms:Decrypt"), access.kmsKeyArn()));
        }
        if (access.costExplorer()) {
            statements.add(statement("ReadCostExplorer", List.of(COST_EXPLORER_ACTION), "*"));
        }
        List<String> definitionReads = definitionActions(access.report());
        if (access.definitions() && !definitionReads.isEmpty()) {
            statements.add(statement("ReadReportDefinitions", definitionReads, "*"));
        }
        return policy;
    }

    /** The reads of a report's definition: none for the legacy reports, which have no API. */
    public static List<String> definitionActions(ReportType report) {
        return switch (report) {
            case DBR -> List.of();
            case CUR -> List.of("cur:DescribeReportDefinitions");
            case DATA_EXPORTS -> List.of("bcm-data-exports:GetExport", "bcm-data-exports:ListExports");
        };
    }

    private static ObjectNode statement(String sid, List<String> actions, String resource) {
        ObjectNode statement = Json.object();
        statement.put("Sid", sid);
        statement.put("Effect", "Allow");
        ArrayNode actionArray = statement.putArray("Action");
        actions.forEach(actionArray::add);
        statement.put("Resource", resource);
        return statement;
    }
}

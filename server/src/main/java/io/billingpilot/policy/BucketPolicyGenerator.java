package io.billingpilot.policy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.ReportType;
import io.billingpilot.json.Json;
import io.billingpilot.policy.iam.PolicyDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the bucket policy the billing writers of a report need (docs/aws-billing-facts.md §3).
 * <ul>
 *   <li>dbr: the policy AWS's console has offered since 2012, exactly (the original guide's:
 *       Version 2008-10-17, its Id and Sids), so people recognise it;</li>
 *   <li>cur and data-exports: Version 2012-10-17, per service principal a statement on the
 *       bucket (cur only: Data Exports, as documented today, needs nothing there) and one on its
 *       objects, each limited to the payer account by aws:SourceAccount and aws:SourceArn. The SourceArn ends in a wildcard, so it is tested with ArnLike
 *       (StringEquals would compare the * literally and never match).</li>
 * </ul>
 * The Sids are stable so that a later merge recognises and replaces these statements.
 */
public final class BucketPolicyGenerator {
    /** Version, Id and Sids of the policy AWS's console has offered since 2012 (the original guide's). */
    public static final String LEGACY_VERSION = PolicyDocument.VERSION_2008;
    public static final String LEGACY_POLICY_ID = "Policy1335892530063";
    public static final String LEGACY_BUCKET_SID = "Stmt1335892150622";
    public static final String LEGACY_OBJECTS_SID = "Stmt1335892526596";
    /** The account that writes the legacy reports, in every partition. */
    public static final String BILLING_ACCOUNT = BillingWriter.LEGACY_ACCOUNT;

    private BucketPolicyGenerator() {
    }

    public static ObjectNode generate(PolicyRequest request) {
        ObjectNode policy = Json.object();
        if (request.report() == ReportType.DBR) {
            policy.put("Version", LEGACY_VERSION);
            policy.put("Id", LEGACY_POLICY_ID);
        } else {
            policy.put("Version", PolicyDocument.VERSION_2012);
        }
        ArrayNode statements = policy.putArray("Statement");
        statements(request).forEach(statements::add);
        return policy;
    }

    /** The billing statements alone, in order: what a merge puts into an existing policy. */
    public static List<ObjectNode> statements(PolicyRequest request) {
        List<ObjectNode> statements = new ArrayList<>();
        for (BillingWriter writer : BillingWriter.of(request)) {
            if (!writer.bucketActions().isEmpty()) {
                statements.add(bucketStatement(writer, request));
            }
            statements.add(objectsStatement(writer, request));
        }
        return statements;
    }

    /** The statement that lets the writer check the bucket (GetBucketAcl / GetBucketPolicy). */
    public static ObjectNode bucketStatement(BillingWriter writer, PolicyRequest request) {
        return statement(writer, writer.bucketSid(), writer.bucketActions(), request.bucketArn());
    }

    /** The statement that lets the writer put report files anywhere in the bucket (root included). */
    public static ObjectNode objectsStatement(BillingWriter writer, PolicyRequest request) {
        return statement(writer, writer.objectsSid(), writer.objectActions(), request.objectsArn());
    }

    private static ObjectNode statement(BillingWriter writer, String sid, List<String> actions, String resource) {
        ObjectNode statement = Json.object();
        statement.put("Sid", sid);
        statement.put("Effect", "Allow");
        if (writer.isService()) {
            statement.putObject("Principal").put("Service", writer.service());
        } else {
            statement.putObject("Principal").put("AWS", writer.accountPrincipalArn());
        }
        ArrayNode actionArray = statement.putArray("Action");
        actions.forEach(actionArray::add);
        statement.put("Resource", resource);
        if (writer.isService()) {
            ObjectNode condition = statement.putObject("Condition");
            condition.putObject("StringEquals").put("aws:SourceAccount", writer.account());
            condition.putObject("ArnLike").put("aws:SourceArn", writer.sourceArn());
        }
        return statement;
    }
}

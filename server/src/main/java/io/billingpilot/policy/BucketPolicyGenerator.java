package io.billingpilot.policy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.json.Json;

/** Writes the bucket policy the billing writer of a report needs. */
public final class BucketPolicyGenerator {
    /** The account that writes the legacy reports, in every partition. */
    public static final String BILLING_ACCOUNT = "386209384616";
    /** Version, Id and Sids of the policy AWS's console has offered since 2012 (the original guide's). */
    public static final String LEGACY_VERSION = "2008-10-17";
    public static final String LEGACY_POLICY_ID = "Policy1335892530063";
    public static final String LEGACY_BUCKET_SID = "Stmt1335892150622";
    public static final String LEGACY_OBJECTS_SID = "Stmt1335892526596";

    private BucketPolicyGenerator() {
    }

    public static ObjectNode generate(PolicyRequest request) {
        return switch (request.report()) {
            case DBR -> legacy(request);
            case CUR, DATA_EXPORTS -> throw new InvalidInputException(
                    "Policies for " + request.report().title() + " are not available in this build.");
        };
    }

    private static ObjectNode legacy(PolicyRequest request) {
        String principal = request.partition().arnPrefix() + "iam::" + BILLING_ACCOUNT + ":root";
        ObjectNode policy = Json.object();
        policy.put("Version", LEGACY_VERSION);
        policy.put("Id", LEGACY_POLICY_ID);
        ArrayNode statements = policy.putArray("Statement");
        statements.add(statement(LEGACY_BUCKET_SID, principal, request.bucketArn(), "s3:GetBucketAcl", "s3:GetBucketPolicy"));
        statements.add(statement(LEGACY_OBJECTS_SID, principal, request.objectsArn(), "s3:PutObject"));
        return policy;
    }

    private static ObjectNode statement(String sid, String principal, String resource, String... actions) {
        ObjectNode statement = Json.object();
        statement.put("Sid", sid);
        statement.put("Effect", "Allow");
        statement.putObject("Principal").put("AWS", principal);
        ArrayNode actionArray = statement.putArray("Action");
        for (String action : actions) {
            actionArray.add(action);
        }
        statement.put("Resource", resource);
        return statement;
    }
}

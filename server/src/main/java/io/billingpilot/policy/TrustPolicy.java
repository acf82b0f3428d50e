package io.billingpilot.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.Partition;
import io.billingpilot.json.Json;
import io.billingpilot.policy.iam.PolicyDocument;

/**
 * The trust policy of a monitoring tool's role: only the tool's account may assume it, and
 * only with the External ID from the tool's integration page (the confused-deputy guard).
 */
public final class TrustPolicy {
    public static final String ASSUME_ROLE = "sts:AssumeRole";
    public static final String EXTERNAL_ID_KEY = "sts:ExternalId";

    private TrustPolicy() {
    }

    /** Values are taken as given: validate them first (AccountId, ExternalId), or pass template references. */
    public static ObjectNode generate(String toolAccount, String externalId, Partition partition) {
        ObjectNode policy = Json.object();
        policy.put("Version", PolicyDocument.VERSION_2012);
        ObjectNode statement = policy.putArray("Statement").addObject();
        statement.put("Sid", "AssumedByMonitoringTool");
        statement.put("Effect", "Allow");
        statement.putObject("Principal").put("AWS", (partition == null ? Partition.DEFAULT : partition).arnPrefix()
                + "iam::" + toolAccount + ":root");
        statement.put("Action", ASSUME_ROLE);
        statement.putObject("Condition").putObject("StringEquals").put(EXTERNAL_ID_KEY, externalId);
        return policy;
    }
}

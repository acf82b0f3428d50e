package io.billingpilot.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.json.Json;
import io.billingpilot.policy.PolicyRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of POST /api/v1/policy/check and /merge: {"policy": text, "bucket", "report",
 * "account", "partition", "withLegacyCur"}. The policy may also be given as a JSON object.
 */
record PolicyRequestBody(String policy, PolicyRequest request) {
    static PolicyRequestBody parse(ObjectNode body, boolean policyRequired) {
        List<String> reasons = new ArrayList<>();
        String bucket = string(body, "bucket", reasons);
        String report = string(body, "report", reasons);
        String account = string(body, "account", reasons);
        String partition = string(body, "partition", reasons);
        JsonNode legacyCur = body.path("withLegacyCur");
        if (!legacyCur.isMissingNode() && !legacyCur.isNull() && !legacyCur.isBoolean()) {
            reasons.add("'withLegacyCur' must be true or false.");
        }
        JsonNode policyNode = body.path("policy");
        String policy = null;
        if (policyNode.isTextual()) {
            policy = policyNode.textValue();
        } else if (policyNode.isObject()) {
            policy = Json.compact(policyNode);
        } else if (policyRequired || !(policyNode.isMissingNode() || policyNode.isNull())) {
            reasons.add("'policy' must be the policy's text" + (policyRequired ? "" : " or null") + ".");
        }
        if (!reasons.isEmpty()) {
            throw new InvalidInputException(String.join(" ", reasons), reasons);
        }
        PolicyRequest request = PolicyRequest.parse(bucket, report, account, partition)
                .withLegacyCur(legacyCur.asBoolean(false));
        return new PolicyRequestBody(policy, request);
    }

    private static String string(ObjectNode body, String name, List<String> reasons) {
        JsonNode node = body.path(name);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            reasons.add("'" + name + "' must be a string, not " + Json.describe(node) + ".");
            return null;
        }
        return node.textValue();
    }
}

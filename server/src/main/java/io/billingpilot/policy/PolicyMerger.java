package io.billingpilot.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.json.Json;
import io.billingpilot.policy.iam.PolicyDocument;
import io.billingpilot.policy.iam.PolicyParser;
import io.billingpilot.policy.iam.Statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts the billing statements into a bucket's existing policy without losing anything:
 * <ul>
 *   <li>every other statement stays exactly as it was (same JSON value, same order);</li>
 *   <li>an outdated or partial billing statement (see {@link BillingStatements#isBillingStatement})
 *       is replaced, not duplicated: the new statements take the place of the first one;</li>
 *   <li>every top-level field is kept, Version included: changing 2008-10-17 to 2012-10-17
 *       would turn {@code ${...}} in other statements into policy variables and change what
 *       they mean. With no policy at all the generated one is used as is (2008-10-17 for dbr,
 *       like the original guide; 2012-10-17 otherwise);</li>
 *   <li>a generated Sid that another statement already uses gets a number appended;</li>
 *   <li>merging the result again gives the same result.</li>
 * </ul>
 */
public final class PolicyMerger {
    private PolicyMerger() {
    }

    public static ObjectNode merge(JsonNode existingOrNull, PolicyRequest request) {
        if (existingOrNull == null || existingOrNull.isNull() || existingOrNull.isMissingNode()) {
            return BucketPolicyGenerator.generate(request);
        }
        if (!existingOrNull.isObject() || !existingOrNull.has("Statement")) {
            throw new InvalidInputException("The existing policy is not a bucket policy (an object with a \"Statement\"); "
                    + "nothing can be merged into it.");
        }
        List<JsonNode> existing = statementsOf(existingOrNull.get("Statement"));
        boolean variables = PolicyDocument.VERSION_2012.equals(existingOrNull.path("Version").asText(null));
        PolicyRequest effective = BillingStatements.sharedWithLegacyCur(existing, request, variables)
                ? request.withLegacyCur(true) : request;
        List<BillingWriter> writers = BillingWriter.of(effective);

        List<JsonNode> kept = new ArrayList<>();
        int insertAt = -1;
        for (int i = 0; i < existing.size(); i++) {
            Statement statement = PolicyParser.statement(existing.get(i), i, variables);
            if (statement != null && BillingStatements.isBillingStatement(statement, writers, effective)) {
                insertAt = insertAt < 0 ? kept.size() : insertAt;
            } else {
                kept.add(existing.get(i));
            }
        }
        List<ObjectNode> billing = withFreeSids(BucketPolicyGenerator.statements(effective), kept);
        ArrayNode merged = Json.MAPPER.createArrayNode();
        int position = insertAt < 0 ? kept.size() : insertAt;
        for (int i = 0; i <= kept.size(); i++) {
            if (i == position) {
                billing.forEach(merged::add);
            }
            if (i < kept.size()) {
                merged.add(kept.get(i).deepCopy());
            }
        }
        ObjectNode result = ((ObjectNode) existingOrNull).deepCopy();
        result.set("Statement", merged);
        return result;
    }

    private static List<JsonNode> statementsOf(JsonNode node) {
        List<JsonNode> statements = PolicyParser.statementNodes(node);
        if (statements == null) {
            throw new InvalidInputException("The existing policy's \"Statement\" is " + Json.describe(node)
                    + ", not a statement or an array of statements; nothing can be merged into it.");
        }
        return statements;
    }

    /** The generated statements, each Sid made unique against the statements that stay. */
    private static List<ObjectNode> withFreeSids(List<ObjectNode> statements, List<JsonNode> kept) {
        Set<String> taken = new HashSet<>();
        kept.forEach(statement -> {
            if (statement.path("Sid").isTextual()) {
                taken.add(statement.get("Sid").textValue());
            }
        });
        for (ObjectNode statement : statements) {
            String sid = statement.get("Sid").textValue();
            String free = sid;
            for (int n = 2; taken.contains(free); n++) {
                free = sid + n;
            }
            taken.add(free);
            statement.put("Sid", free);
        }
        return statements;
    }
}

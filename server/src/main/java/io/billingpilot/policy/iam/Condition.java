package io.billingpilot.policy.iam;

import java.util.List;

/** One test of a Condition block: an operator, a key and the policy's values for it. */
public record Condition(ConditionOperator operator, String key, List<String> values) {
    public boolean holds(RequestContext request) {
        return operator.evaluate(values, request.values(key));
    }

    /** As the policy writes it, for messages: {@code StringEquals aws:SourceAccount ["123456789012"]}. */
    public String describe() {
        return operator.name() + " " + key + " " + (values.size() == 1 ? "\"" + values.get(0) + "\"" : values.toString());
    }
}

package io.billingpilot.policy.iam;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.Texts;

import java.util.List;

/**
 * One statement of a policy, normalised from any shape AWS accepts (single values or arrays,
 * Not-elements). {@code index} is its 0-based position in the policy; {@code json} the text
 * as written, kept for merges and messages.
 */
public record Statement(int index, String sid, boolean allow, Principals principal, boolean notPrincipal,
                        List<String> actions, boolean notAction, List<String> resources, boolean notResource,
                        List<Condition> conditions, boolean variables, ObjectNode json) {

    /** How messages name the statement: by its Sid, or by its position (1-based) when it has none. */
    public String label() {
        return label(sid, index);
    }

    public static String label(String sid, int index) {
        return sid == null || sid.isEmpty() ? "statement #" + (index + 1) : "statement \"" + Texts.clip(sid) + "\"";
    }

    /** The label at the start of a sentence: "Statement ...". */
    public String sentenceLabel() {
        return "S" + label().substring(1);
    }

    public boolean principalMatches(Caller caller) {
        return notPrincipal != principal.matches(caller);
    }

    /** Action names compare case-insensitively; * and ? are wildcards. */
    public boolean actionMatches(String action) {
        boolean listed = actions.stream().anyMatch(pattern -> Wildcard.matches(pattern, action, true));
        return notAction != listed;
    }

    /** ARNs compare case-sensitively; * and ? are wildcards. */
    public boolean resourceMatches(RequestContext request) {
        boolean listed = false;
        for (String pattern : resources) {
            String resolved = variables ? PolicyVariables.resolve(pattern, request) : pattern;
            if (resolved != null && Wildcard.matches(resolved, request.resource(), false)) {
                listed = true;
                break;
            }
        }
        return notResource != listed;
    }

    public boolean resourceMatches(String arn) {
        return resourceMatches(new RequestContext(null, null, arn));
    }

    public boolean conditionsHold(RequestContext request) {
        return failingConditions(request).isEmpty();
    }

    /** The conditions that do not hold for the request (all must hold for the statement to apply). */
    public List<Condition> failingConditions(RequestContext request) {
        return conditions.stream().filter(condition -> !holds(condition, request)).toList();
    }

    private boolean holds(Condition condition, RequestContext request) {
        if (!variables) {
            return condition.holds(request);
        }
        List<String> resolved = condition.values().stream().map(value -> PolicyVariables.resolve(value, request))
                .filter(java.util.Objects::nonNull).toList();
        return new Condition(condition.operator(), condition.key(), resolved).holds(request);
    }

    /** Principal, action, resource and every condition match: the statement's effect applies. */
    public boolean appliesTo(RequestContext request) {
        return principalMatches(request.caller()) && actionMatches(request.action()) && resourceMatches(request)
                && conditionsHold(request);
    }
}

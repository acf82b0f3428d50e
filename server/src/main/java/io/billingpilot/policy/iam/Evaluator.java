package io.billingpilot.policy.iam;

import java.util.ArrayList;
import java.util.List;

/**
 * IAM's decision for one request under a resource-based policy, for a caller from another
 * account (the billing writers): an explicit Deny wins; otherwise an Allow that applies
 * allows; otherwise the request is implicitly denied. A statement applies only when its
 * principal, action, resource and every condition match.
 */
public final class Evaluator {
    public enum Outcome { ALLOWED, EXPLICIT_DENY, IMPLICIT_DENY }

    /** The outcome and the statements that decided it. */
    public record Decision(Outcome outcome, List<Statement> allowing, List<Statement> denying) {
        public boolean allowed() {
            return outcome == Outcome.ALLOWED;
        }
    }

    private Evaluator() {
    }

    public static Decision evaluate(PolicyDocument policy, RequestContext request) {
        List<Statement> allowing = new ArrayList<>();
        List<Statement> denying = new ArrayList<>();
        for (Statement statement : policy.statements()) {
            if (statement.appliesTo(request)) {
                (statement.allow() ? allowing : denying).add(statement);
            }
        }
        Outcome outcome = !denying.isEmpty() ? Outcome.EXPLICIT_DENY
                : !allowing.isEmpty() ? Outcome.ALLOWED : Outcome.IMPLICIT_DENY;
        return new Decision(outcome, List.copyOf(allowing), List.copyOf(denying));
    }
}

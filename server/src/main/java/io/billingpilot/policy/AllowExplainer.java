package io.billingpilot.policy;

import io.billingpilot.core.Finding;
import io.billingpilot.json.Json;
import io.billingpilot.policy.iam.Condition;
import io.billingpilot.policy.iam.PolicyDocument;
import io.billingpilot.policy.iam.RequestContext;
import io.billingpilot.policy.iam.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A call no Allow lets through. Finds the Allow statements that were meant for the billing
 * writer (they name it, or look like billing statements) and come closest, and says which part
 * of each does not fit: principal ({@link PrincipalMismatch}), action, resource
 * ({@link ResourceMismatch}) or a condition ({@link ConditionMismatch}). When no statement
 * comes close, the finding is the statement to add.
 */
final class AllowExplainer {
    private static final Set<String> BILLING_ACTIONS = Set.of("s3:getbucketacl", "s3:getbucketpolicy", "s3:putobject");

    private final PolicyDocument policy;
    private final PolicyRequest request;
    private final FindingCollector findings;

    AllowExplainer(PolicyDocument policy, PolicyRequest request, FindingCollector findings) {
        this.policy = policy;
        this.request = request;
        this.findings = findings;
    }

    /** How well one Allow fits one call. */
    private record Fit(Statement statement, boolean principal, boolean action, boolean resource, List<Condition> failing) {
        int score() {
            return (principal ? 1 : 0) + (action ? 1 : 0) + (resource ? 1 : 0) + (failing.isEmpty() ? 1 : 0);
        }
    }

    void explain(WriterCall call) {
        RequestContext context = call.context();
        List<Fit> candidates = new ArrayList<>();
        for (Statement statement : policy.statements()) {
            if (!statement.allow()) {
                continue;
            }
            Fit fit = new Fit(statement, statement.principalMatches(context.caller()), statement.actionMatches(call.action()),
                    statement.resourceMatches(context), statement.failingConditions(context));
            boolean meantForBilling = fit.principal() || looksLikeBilling(statement, call.writer());
            // A statement that fits only by its principal or only by its conditions explains nothing.
            if (meantForBilling && (fit.action() || fit.resource())) {
                candidates.add(fit);
            }
        }
        int best = candidates.stream().mapToInt(Fit::score).max().orElse(0);
        List<Fit> closest = candidates.stream().filter(fit -> fit.score() == best).toList();
        if (closest.isEmpty() || closest.stream().noneMatch(Fit::action)) {
            missingAction(call, closest);
            return;
        }
        for (Fit fit : closest) {
            if (!fit.action()) {
                continue;
            }
            if (!fit.principal()) {
                PrincipalMismatch.report(fit.statement(), call, findings);
            }
            if (!fit.resource()) {
                ResourceMismatch.report(fit.statement(), call, request, findings);
            }
            for (Condition condition : fit.failing()) {
                ConditionMismatch.report(fit.statement(), condition, call, request, findings);
            }
        }
    }

    /**
     * No statement grants the action to the writer. When a billing statement on the right
     * resource exists, the fix is to add the action to it; otherwise it is the statement to add.
     */
    private void missingAction(WriterCall call, List<Fit> closest) {
        BillingWriter writer = call.writer();
        Fit sameResource = closest.stream().filter(fit -> fit.principal() && fit.resource()).findFirst().orElse(null);
        String fix = sameResource != null
                ? "Add \"" + call.action() + "\" to the Action of " + sameResource.statement().label() + "."
                : "Add this statement: " + Json.compact(call.onBucket()
                        ? BucketPolicyGenerator.bucketStatement(writer, request)
                        : BucketPolicyGenerator.objectsStatement(writer, request));
        boolean named = policy.statements().stream()
                .anyMatch(statement -> statement.allow() && statement.principalMatches(writer.caller()));
        String code = closest.isEmpty() && !named ? "writer-not-allowed" : "action-missing";
        String key = code + "|" + writer.principalText() + "|" + (call.onBucket() ? "bucket" : "objects");
        findings.add(key, call, calls -> Finding.error(code, code.equals("writer-not-allowed")
                ? "No statement allows " + writer.principalText() + " " + calls + "."
                : "No statement grants " + writer.principalText() + " the action" + (calls.contains(" and ") ? "s " : " ")
                + calls + "; AWS needs it to deliver.", fix));
    }

    /**
     * Allow statements written for the billing writer but not naming it correctly: they name
     * the billing account in any form, a billing-like service, carry a billing Sid, or grant
     * exactly the billing actions to an account.
     */
    static boolean looksLikeBilling(Statement statement, BillingWriter writer) {
        if (statement.principal().anyone()) {
            return false;
        }
        if (statement.principal().aws().stream().anyMatch(BillingStatements::isLegacyAccount)) {
            return true;
        }
        if (statement.principal().services().stream().anyMatch(PrincipalMismatch::isBillingLikeService)) {
            return true;
        }
        if (statement.sid() != null && (statement.sid().equals(writer.bucketSid()) || statement.sid().equals(writer.objectsSid())
                || statement.sid().startsWith("Stmt13358925"))) {
            return true;
        }
        return !statement.principal().aws().isEmpty() && !statement.notAction()
                && statement.actions().stream().allMatch(action -> BILLING_ACTIONS.contains(action.toLowerCase(java.util.Locale.ROOT)));
    }
}

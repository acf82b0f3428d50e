package io.billingpilot.policy;

import io.billingpilot.core.Finding;
import io.billingpilot.json.Json;
import io.billingpilot.policy.iam.Evaluator;
import io.billingpilot.policy.iam.PolicyDocument;
import io.billingpilot.policy.iam.Statement;

import java.util.ArrayList;
import java.util.List;

/** Turns the writer's refused calls into findings that say why and what to change. */
final class Diagnosis {
    private Diagnosis() {
    }

    static List<Finding> of(PolicyDocument policy, List<BillingWriter> writers, PolicyRequest request) {
        List<Finding> findings = new ArrayList<>();
        for (WriterCall call : PolicyAnalyzer.calls(writers, request)) {
            Evaluator.Decision decision = PolicyAnalyzer.decide(policy, call);
            if (decision.outcome() == Evaluator.Outcome.EXPLICIT_DENY) {
                for (Statement deny : decision.denying()) {
                    findings.add(Finding.error("deny-catches-writer", "The Deny " + deny.label() + " also refuses "
                            + call.writer().principalText() + " " + call.describe() + ".",
                            "Exempt AWS's billing writer from this Deny."));
                }
            } else if (decision.outcome() == Evaluator.Outcome.IMPLICIT_DENY) {
                findings.add(Finding.error("writer-not-allowed", "No statement allows " + call.writer().principalText()
                        + " " + call.describe() + ".", "Add this statement: "
                        + Json.compact(call.key() == null ? BucketPolicyGenerator.bucketStatement(call.writer(), request)
                        : BucketPolicyGenerator.objectsStatement(call.writer(), request))));
            }
        }
        return findings;
    }
}

package io.billingpilot.policy;

import io.billingpilot.core.Finding;
import io.billingpilot.policy.iam.Condition;
import io.billingpilot.policy.iam.Evaluator;
import io.billingpilot.policy.iam.PolicyDocument;
import io.billingpilot.policy.iam.Statement;
import io.billingpilot.policy.iam.Wildcard;

/**
 * A policy may let in one report by name (aws:SourceArn {@code ...:definition/my-report})
 * instead of every report of the account. The analyzer cannot know the report's name, so
 * a refusal under its example name is tried again under each name the policy itself allows.
 */
final class NamedReports {
    private NamedReports() {
    }

    /** A SourceArn naming one report under which the call is allowed, or null. */
    static String allowedReport(PolicyDocument policy, WriterCall call) {
        if (!call.writer().isService()) {
            return null;
        }
        for (Statement statement : policy.statements()) {
            if (!statement.allow()) {
                continue;
            }
            for (Condition condition : statement.conditions()) {
                if (!condition.key().equalsIgnoreCase(ConditionMismatch.SOURCE_ARN)) {
                    continue;
                }
                for (String value : condition.values()) {
                    if (namesOneReport(value, call.writer())
                            && Evaluator.evaluate(policy, call.context(value)).allowed()) {
                        return value;
                    }
                }
            }
        }
        return null;
    }

    /** Same partition, service, region and account as the writer's SourceArn, and a report name without wildcards. */
    private static boolean namesOneReport(String value, BillingWriter writer) {
        String pattern = writer.sourceArn();
        String prefix = pattern.substring(0, pattern.length() - 1);
        return !Wildcard.hasWildcard(value) && value.startsWith(prefix) && value.length() > prefix.length();
    }

    static Finding finding(String sourceArn, BillingWriter writer) {
        String name = sourceArn.substring(sourceArn.lastIndexOf('/') + 1);
        return Finding.info("source-arn-one-report", "The policy lets " + writer.service() + " deliver only the report \""
                + name + "\" (aws:SourceArn " + sourceArn + "); other reports of the account would be refused.",
                "To let every report of the account in, use \"ArnLike\": {\"aws:SourceArn\": \"" + writer.sourceArn() + "\"}.");
    }
}

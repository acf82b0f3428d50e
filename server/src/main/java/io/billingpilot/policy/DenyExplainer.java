package io.billingpilot.policy;

import io.billingpilot.core.Finding;
import io.billingpilot.core.Severity;
import io.billingpilot.core.Texts;
import io.billingpilot.policy.iam.BaseOperator;
import io.billingpilot.policy.iam.Condition;
import io.billingpilot.policy.iam.RequestContext;
import io.billingpilot.policy.iam.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Deny that also catches the billing writer: HTTPS-only, organisation-only or
 * encryption-header Denies written for people, which AWS's writer does not satisfy.
 * Says which statement, why its conditions hold for the writer, and how to exempt it.
 */
final class DenyExplainer {
    private static final String SSE_KEY = "s3:x-amz-server-side-encryption";

    private final FindingCollector findings;

    DenyExplainer(FindingCollector findings) {
        this.findings = findings;
    }

    void explain(Statement deny, WriterCall call) {
        BillingWriter writer = call.writer();
        boolean certain = deny.conditions().stream().allMatch(condition -> WriterCall.isKnownKey(condition.key()));
        String code = certain ? "deny-catches-writer" : "deny-may-catch-writer";
        Severity severity = certain ? Severity.ERROR : Severity.WARNING;
        String because = because(deny, call.context());
        String fix = fix(deny, writer);
        findings.add(code + "|" + deny.index() + "|" + writer.principalText(), call,
                calls -> new Finding(code, severity, "The Deny " + deny.label() + (certain ? " refuses " : " may refuse ")
                        + writer.principalText() + " " + calls + because + ".", fix));
    }

    /** Why the Deny's conditions hold for the writer, in its terms. */
    private static String because(Statement deny, RequestContext context) {
        if (deny.conditions().isEmpty()) {
            return ": it has no condition that leaves AWS's billing writer out";
        }
        List<String> reasons = new ArrayList<>();
        for (Condition condition : deny.conditions()) {
            List<String> values = context.values(condition.key());
            String reason = values.isEmpty() ? "carry no " + condition.key()
                    : "carry " + condition.key() + " = " + Texts.clip(values.get(0));
            if (!reasons.contains(reason)) {
                reasons.add(reason);
            }
        }
        return ", because its condition holds for the writer, whose requests " + String.join(" and ", reasons);
    }

    private static String fix(Statement deny, BillingWriter writer) {
        String exemption;
        if (deny.notPrincipal()) {
            exemption = "Add " + (writer.isService() ? "\"Service\": \"" + writer.service() + "\""
                    : "\"AWS\": \"" + writer.accountPrincipalArn() + "\"") + " to its NotPrincipal.";
        } else if (writer.isService()) {
            exemption = "Add \"aws:PrincipalIsAWSService\": \"false\" to a \"Bool\" block of its Condition, "
                    + "so that the Deny applies to people and roles but not to AWS services.";
        } else if (hasNotEquals(deny, "aws:PrincipalAccount")) {
            exemption = "Add \"" + BillingWriter.LEGACY_ACCOUNT + "\" to the values of its StringNotEquals "
                    + "aws:PrincipalAccount condition.";
        } else {
            exemption = "Add \"StringNotEquals\": {\"aws:PrincipalAccount\": \"" + BillingWriter.LEGACY_ACCOUNT
                    + "\"} to its Condition, so that the Deny leaves AWS's billing account out.";
        }
        if (deny.conditions().stream().anyMatch(c -> c.key().toLowerCase(Locale.ROOT).startsWith(SSE_KEY))) {
            return "AWS's billing writer sends no encryption header: rely on the bucket's default encryption "
                    + "(SSE-S3) instead of this Deny, or exempt the writer. " + exemption;
        }
        return "In " + deny.label() + ", " + Character.toLowerCase(exemption.charAt(0)) + exemption.substring(1);
    }

    private static boolean hasNotEquals(Statement deny, String key) {
        return deny.conditions().stream().anyMatch(condition -> condition.key().equalsIgnoreCase(key)
                && condition.operator().base() == BaseOperator.STRING_NOT_EQUALS);
    }
}

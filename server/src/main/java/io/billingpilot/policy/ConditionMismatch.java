package io.billingpilot.policy;

import io.billingpilot.core.Finding;
import io.billingpilot.core.Texts;
import io.billingpilot.policy.iam.Condition;
import io.billingpilot.policy.iam.Statement;
import io.billingpilot.policy.iam.Wildcard;

import java.util.List;

/**
 * A condition of a billing statement that does not hold for the writer: the SourceArn in a
 * region other than us-east-1 or of another account or service, StringEquals used with a
 * wildcard (it compares the * literally), or a condition the writer's requests cannot meet.
 */
final class ConditionMismatch {
    static final String SOURCE_ARN = "aws:SourceArn";
    static final String SOURCE_ACCOUNT = "aws:SourceAccount";

    private ConditionMismatch() {
    }

    static void report(Statement statement, Condition condition, WriterCall call, PolicyRequest request,
                       FindingCollector findings) {
        BillingWriter writer = call.writer();
        String label = statement.sentenceLabel();
        String key = "|" + statement.index() + "|" + condition.describe() + "|" + writer.principalText();
        boolean sourceArn = condition.key().equalsIgnoreCase(SOURCE_ARN);
        boolean sourceAccount = condition.key().equalsIgnoreCase(SOURCE_ACCOUNT);
        if (condition.operator().base().isStringEquality() && condition.values().stream().anyMatch(Wildcard::hasWildcard)) {
            // The legacy writer presents its pattern literally, so StringEquals is right for it; what
            // stops it here is the region or account the pattern names, if anything.
            if (sourceArn && writer.sourceArnDocumented() && reportSourceArn(label, statement, condition, call, key,
                    findings, false)) {
                return;
            }
            String operator = sourceArn ? "ArnLike" : "StringLike";
            if (sourceArn && writer.isService() && !writer.sourceArnDocumented()) {
                // AWS writes StringLike or ArnLike here and documents nothing else: say so, do not fail.
                findings.add("string-equals-wildcard" + key, call, calls -> Finding.warning("string-equals-wildcard",
                        label + " tests aws:SourceArn with " + condition.operator().name() + " against a value with a "
                                + "wildcard. AWS does not document what " + writer.principalText() + " presents there, "
                                + "so whether it may do " + calls + " is not known; AWS's own policy uses " + operator + ".",
                        "In " + statement.label() + ", replace \"" + condition.operator().name() + "\" by \"" + operator
                                + "\" for aws:SourceArn."));
                return;
            }
            findings.add("string-equals-wildcard" + key, call, calls -> Finding.error("string-equals-wildcard",
                    label + " tests " + condition.key() + " with " + condition.operator().name() + " against a value with a "
                            + "wildcard; " + condition.operator().name() + " compares the * literally, so it never matches and "
                            + writer.principalText() + " may not do " + calls + ".",
                    "In " + statement.label() + ", replace \"" + condition.operator().name() + "\" by \"" + operator
                            + "\" for " + condition.key() + "."));
            if (sourceArn && writer.isService()) {
                reportSourceArn(label, statement, condition, call, key, findings, false);
            }
            return;
        }
        if (sourceArn && writer.isService()) {
            reportSourceArn(label, statement, condition, call, key, findings, true);
            return;
        }
        if (sourceAccount && writer.isService()) {
            if (writer.sourceArnDocumented()) {
                findings.add("source-account-mismatch" + key, call, calls -> legacyUndocumented("source-account-mismatch",
                        label + " requires aws:SourceAccount " + values(condition) + ", where AWS documents the payer account "
                                + writer.account() + ".", writer, calls,
                        "In " + statement.label() + ", write \"aws:SourceAccount\": \"" + writer.account()
                                + "\" (or check --account)."));
                return;
            }
            findings.add("source-account-mismatch" + key, call, calls -> Finding.error("source-account-mismatch",
                    label + " requires aws:SourceAccount " + values(condition) + ", but the payer account is "
                            + writer.account() + ", so " + writer.principalText() + " may not do " + calls + ".",
                    "In " + statement.label() + ", write \"aws:SourceAccount\": \"" + writer.account()
                            + "\" (or check --account)."));
            return;
        }
        List<String> actual = call.context().values(condition.key());
        String what = actual.isEmpty() ? "carry no " + condition.key() : "carry " + condition.key() + " = "
                + Texts.clip(actual.get(0));
        findings.add("condition-blocks-writer" + key, call, calls -> Finding.error("condition-blocks-writer",
                label + " allows " + calls + " only when " + Texts.clip(condition.describe()) + ", which never holds for "
                        + writer.principalText() + ": its requests " + what + ".",
                "Remove that condition from " + statement.label() + ", or give the billing writer its own statements "
                        + "(run the 'policy' command)."));
    }

    /** Reports what in the SourceArn stops the writer; false when neither its region nor its account is the cause. */
    private static boolean reportSourceArn(String label, Statement statement, Condition condition, WriterCall call,
                                           String key, FindingCollector findings, boolean explainAnyway) {
        BillingWriter writer = call.writer();
        String fix = "In " + statement.label() + ", write \"ArnLike\": {\"aws:SourceArn\": \"" + writer.sourceArn() + "\"}.";
        String expectedService = writer.sourceArn().split(":")[2];
        for (String value : condition.values()) {
            String[] parts = value.split(":", 6);
            if (parts.length != 6) {
                continue;
            }
            if (parts[2].equals(expectedService) && !parts[3].equals(BillingWriter.SOURCE_REGION)) {
                if (writer.sourceArnDocumented()) {
                    findings.add("source-arn-region" + key, call, calls -> legacyUndocumented("source-arn-region",
                            label + " requires aws:SourceArn \"" + Texts.clip(value) + "\" in the region "
                                    + Texts.clip(parts[3]) + ", where AWS documents " + BillingWriter.SOURCE_REGION + ".",
                            writer, calls, fix));
                    return true;
                }
                findings.add("source-arn-region" + key, call, calls -> Finding.error("source-arn-region",
                        label + " requires aws:SourceArn \"" + Texts.clip(value) + "\" in the region " + Texts.clip(parts[3])
                                + ", but billing reports always come from " + BillingWriter.SOURCE_REGION
                                + ", whatever the bucket's region; " + writer.principalText() + " may not do " + calls + ".", fix));
                return true;
            }
            if (parts[2].equals(expectedService) && !parts[4].equals(writer.account())) {
                if (writer.sourceArnDocumented()) {
                    findings.add("source-account-mismatch" + key, call, calls -> legacyUndocumented("source-account-mismatch",
                            label + " requires aws:SourceArn \"" + Texts.clip(value) + "\" of the account "
                                    + Texts.clip(parts[4]) + ", where AWS documents the payer account " + writer.account() + ".",
                            writer, calls, fix));
                    return true;
                }
                findings.add("source-account-mismatch" + key, call, calls -> Finding.error("source-account-mismatch",
                        label + " requires aws:SourceArn of the account " + Texts.clip(parts[4]) + ", but the payer account is "
                                + writer.account() + ", so " + writer.principalText() + " may not do " + calls + ".", fix));
                return true;
            }
        }
        if (!explainAnyway) {
            return false;
        }
        findings.add("source-arn-mismatch" + key, call, calls -> Finding.error("source-arn-mismatch",
                label + " requires aws:SourceArn " + values(condition) + ", but " + writer.title() + " presents "
                        + writer.exampleSourceArn() + ", so it may not do " + calls + ".", fix));
        return true;
    }

    /**
     * The legacy writer's conditions naming another region or account. AWS documents only the payer
     * and {@code arn:aws:cur:us-east-1:PAYER:definition/*}, and not what a legacy delivery presents
     * otherwise, so this is a warning (reference §11a), not a verdict.
     */
    private static Finding legacyUndocumented(String code, String what, BillingWriter writer, String calls, String fix) {
        return Finding.warning(code, what + " AWS does not document what " + writer.principalText()
                + " presents for legacy reports otherwise, so whether it may do " + calls + " is not known; it is likely refused.",
                fix);
    }

    private static String values(Condition condition) {
        return Texts.clip(condition.values().size() == 1 ? "\"" + condition.values().get(0) + "\"" : condition.values().toString());
    }
}

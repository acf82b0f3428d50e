package io.billingpilot.policy;

import io.billingpilot.policy.iam.Condition;
import io.billingpilot.policy.iam.PolicyDocument;
import io.billingpilot.policy.iam.Statement;

import java.util.regex.Pattern;

/**
 * The payer account a policy's billing statements name in their aws:SourceAccount (or in the
 * account field of a billing aws:SourceArn): for the legacy reports the admin is not asked for it,
 * yet the console writes it into the policy.
 */
final class PayerInPolicy {
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    private PayerInPolicy() {
    }

    /** The first payer account named, or null. */
    static String find(PolicyDocument policy) {
        for (Statement statement : policy.statements()) {
            if (!statement.allow() || !statement.principal().services().contains(BillingWriter.CUR_SERVICE)) {
                continue;
            }
            for (Condition condition : statement.conditions()) {
                for (String value : condition.values()) {
                    if (condition.key().equalsIgnoreCase(ConditionMismatch.SOURCE_ACCOUNT) && ACCOUNT.matcher(value).matches()) {
                        return value;
                    }
                    String[] arn = value.split(":", 6);
                    if (condition.key().equalsIgnoreCase(ConditionMismatch.SOURCE_ARN) && arn.length == 6
                            && arn[2].equals("cur") && ACCOUNT.matcher(arn[4]).matches()) {
                        return arn[4];
                    }
                }
            }
        }
        return null;
    }
}

package io.billingpilot.policy;

import io.billingpilot.core.Finding;
import io.billingpilot.core.Texts;
import io.billingpilot.policy.iam.Principals;
import io.billingpilot.policy.iam.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A billing statement whose principal is not the writer: another account, another partition, the wrong service. */
final class PrincipalMismatch {
    private PrincipalMismatch() {
    }

    /** Service principals that look like an attempt at a billing writer (a typo, the other billing service). */
    static boolean isBillingLikeService(String service) {
        String lower = service.toLowerCase(Locale.ROOT);
        return lower.contains("billing") || lower.contains("bcm") || lower.contains("cur.") || lower.contains("export");
    }

    static void report(Statement statement, WriterCall call, FindingCollector findings) {
        BillingWriter writer = call.writer();
        String label = statement.label();
        String expected = writer.isService() ? "{\"Service\": \"" + writer.service() + "\"}"
                : "{\"AWS\": \"" + writer.accountPrincipalArn() + "\"}";
        String fix = "Set \"Principal\": " + expected + " in " + label + ".";
        if (statement.notPrincipal()) {
            findings.add("principal-excluded|" + statement.index() + "|" + writer.principalText(), call,
                    calls -> Finding.error("principal-other-account", statement.sentenceLabel()
                            + " uses NotPrincipal and leaves out " + writer.principalText() + ", so it does not allow "
                            + calls + ".", fix));
            return;
        }
        Principals principals = statement.principal();
        List<String> services = principals.services();
        List<String> accounts = principals.aws();
        String code = !services.isEmpty() && writer.isService() || accounts.isEmpty()
                ? "principal-wrong-service" : "principal-other-account";
        String why = reason(writer, accounts, services);
        findings.add(code + "|" + statement.index() + "|" + writer.principalText(), call,
                calls -> Finding.error(code, statement.sentenceLabel() + " grants " + calls + " to "
                        + named(accounts, services) + ", " + why + ".", fix));
    }

    private static String reason(BillingWriter writer, List<String> accounts, List<String> services) {
        if (!writer.isService()) {
            for (String value : accounts) {
                if (BillingStatements.isLegacyAccount(value)) {
                    return "but in the " + writer.partition().id() + " partition the billing account is written "
                            + writer.accountPrincipalArn();
                }
            }
            return services.isEmpty()
                    ? "but the detailed billing reports are written by AWS's billing account " + BillingWriter.LEGACY_ACCOUNT
                    : "but the detailed billing reports are written by AWS's billing account " + BillingWriter.LEGACY_ACCOUNT
                    + " (service principals deliver the Cost and Usage Report and Data Exports: choose that report instead)";
        }
        if (accounts.stream().anyMatch(BillingStatements::isLegacyAccount)) {
            return "the writer of the legacy detailed billing reports, but " + writer.title() + " delivers as the service "
                    + writer.service();
        }
        return "but " + writer.title() + " delivers as the service " + writer.service();
    }

    private static String named(List<String> accounts, List<String> services) {
        List<String> names = new ArrayList<>();
        accounts.forEach(value -> names.add("\"" + Texts.clip(value) + "\""));
        services.forEach(value -> names.add("the service \"" + Texts.clip(value) + "\""));
        return names.isEmpty() ? "other principals" : String.join(", ", names);
    }
}

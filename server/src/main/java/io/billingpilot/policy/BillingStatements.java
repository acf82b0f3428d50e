package io.billingpilot.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.core.ReportType;
import io.billingpilot.policy.iam.PolicyParser;
import io.billingpilot.policy.iam.Principals;
import io.billingpilot.policy.iam.Statement;
import io.billingpilot.policy.iam.Wildcard;

import java.util.List;
import java.util.Locale;

/** Recognises billing statements by what they grant, whatever their Sid or layout. */
final class BillingStatements {
    private BillingStatements() {
    }

    /**
     * A billing statement of this request: an Allow whose principals are all billing writers of
     * the request (the legacy account in any partition counts, so an outdated ARN is replaced)
     * and that grants one of them any of its actions on this bucket (letter case aside).
     * Statements that also name other principals are not billing statements: replacing them
     * would take access away from someone else.
     */
    static boolean isBillingStatement(Statement statement, List<BillingWriter> writers, PolicyRequest request) {
        if (!statement.allow() || statement.notPrincipal() || statement.principal().anyone()
                || !statement.principal().others().isEmpty()) {
            return false;
        }
        Principals principals = statement.principal();
        boolean legacyWriter = writers.stream().anyMatch(writer -> !writer.isService());
        boolean onlyBilling = principals.aws().stream().allMatch(value -> legacyWriter && isLegacyAccount(value))
                && principals.services().stream().allMatch(value -> writers.stream().anyMatch(w -> value.equals(w.service())));
        if (!onlyBilling || principals.aws().size() + principals.services().size() == 0) {
            return false;
        }
        return writers.stream().anyMatch(writer -> grantsOnBucket(statement, writer, request));
    }

    /** Whether the statement grants the writer any of its actions on this bucket or its objects, letter case aside. */
    static boolean grantsOnBucket(Statement statement, BillingWriter writer, PolicyRequest request) {
        boolean names = writer.isService() ? statement.principal().services().contains(writer.service())
                : statement.principal().aws().stream().anyMatch(BillingStatements::isLegacyAccount);
        if (!names) {
            return false;
        }
        return writer.allActions().stream().anyMatch(statement::actionMatches)
                && statement.resources().stream().anyMatch(pattern -> onBucket(pattern, request));
    }

    /**
     * Whether a Data Exports bucket already lets the legacy CUR writer in: then the merge keeps
     * that writer (replacing its statements with current ones) instead of cutting it off.
     */
    static boolean sharedWithLegacyCur(List<JsonNode> existing, PolicyRequest request, boolean variables) {
        if (request.report() != ReportType.DATA_EXPORTS || request.withLegacyCur()) {
            return false;
        }
        List<BillingWriter> curWriter = BillingWriter.of(new PolicyRequest(request.bucket(), ReportType.CUR,
                request.account(), request.partition()));
        for (int i = 0; i < existing.size(); i++) {
            Statement statement = PolicyParser.statement(existing.get(i), i, variables);
            if (statement != null && statement.allow() && !statement.notPrincipal()
                    && grantsOnBucket(statement, curWriter.get(0), request)) {
                return true;
            }
        }
        return false;
    }

    static boolean isLegacyAccount(String awsPrincipal) {
        return BillingWriter.LEGACY_ACCOUNT.equals(Principals.accountOf(awsPrincipal));
    }

    /**
     * A resource pattern that covers this bucket, or some of its objects (a prefix), letter case
     * and partition aside: an outdated statement written for {@code arn:aws:} in China is still
     * the billing statement to replace.
     */
    static boolean onBucket(String pattern, PolicyRequest request) {
        String inPartition = inRequestPartition(pattern, request);
        return Wildcard.matches(inPartition, request.bucketArn(), true)
                || Wildcard.matches(inPartition, request.objectArn(PolicyAnalyzer.TEST_OBJECT), true)
                || inPartition.toLowerCase(Locale.ROOT).startsWith(request.bucketArn().toLowerCase(Locale.ROOT) + "/");
    }

    private static String inRequestPartition(String pattern, PolicyRequest request) {
        int s3 = pattern.indexOf(":s3:::");
        return pattern.startsWith("arn:") && s3 > 4 ? request.partition().arnPrefix() + pattern.substring(s3 + 1) : pattern;
    }
}

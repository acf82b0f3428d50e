package io.billingpilot.policy;

import io.billingpilot.core.Finding;
import io.billingpilot.core.Severity;
import io.billingpilot.policy.iam.Caller;
import io.billingpilot.policy.iam.Condition;
import io.billingpilot.policy.iam.PolicyDocument;
import io.billingpilot.policy.iam.RequestContext;
import io.billingpilot.policy.iam.Statement;
import io.billingpilot.policy.iam.Wildcard;

import java.time.Instant;
import java.util.List;

/**
 * Risks that do not stop delivery: a bucket anyone may write to or read, a service principal
 * without the aws:SourceAccount / aws:SourceArn conditions that keep other accounts' reports
 * out, and StringEquals with a wildcard anywhere.
 */
final class RiskChecks {
    private static final List<String> WRITE_ACTIONS = List.of("s3:PutObject", "s3:DeleteObject", "s3:PutObjectAcl",
            "s3:PutBucketPolicy", "s3:DeleteBucketPolicy", "s3:PutBucketAcl", "s3:DeleteBucket");
    private static final List<String> READ_ACTIONS = List.of("s3:GetObject", "s3:ListBucket");

    private RiskChecks() {
    }

    static void run(PolicyDocument policy, List<BillingWriter> writers, PolicyRequest request, FindingCollector findings) {
        List<RequestContext> writes = anonymous(WRITE_ACTIONS, request);
        List<RequestContext> reads = anonymous(READ_ACTIONS, request);
        for (Statement statement : policy.statements()) {
            if (statement.allow()) {
                publicAccess(statement, writes, reads, findings);
                sourceConditions(statement, writers, findings);
            }
            literalWildcards(statement, writers, findings);
        }
    }

    /**
     * An Allow that applies to an anonymous caller from anywhere: any principal, TLS, no
     * account, organisation, network or source of its own. Conditions that test those keep the
     * statement from being public; conditions such as aws:SecureTransport do not.
     */
    private static void publicAccess(Statement statement, List<RequestContext> anonymousWrites,
                                     List<RequestContext> anonymousReads, FindingCollector findings) {
        report(statement, anonymousWrites, findings, Severity.ERROR, "public-write",
                "they could overwrite or plant billing files",
                ", or limit it to your account or organisation with a condition such as "
                        + "\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-...\"}.");
        report(statement, anonymousReads, findings, Severity.WARNING, "public-read",
                "your billing data would be public",
                " unless the bucket is meant to be public; give the monitoring tool's role access instead "
                        + "(see the 'reader-policy' command).");
    }

    private static void report(Statement statement, List<RequestContext> anonymousRequests, FindingCollector findings,
                               Severity severity, String code, String consequence, String fixTail) {
        List<String> actions = anonymousRequests.stream().filter(statement::appliesTo).map(RequestContext::action).toList();
        if (!actions.isEmpty()) {
            findings.add(new Finding(code, severity, statement.sentenceLabel()
                    + " lets anyone on the internet do " + String.join(", ", actions) + " on the bucket: " + consequence + ".",
                    "Remove " + statement.label() + fixTail));
        }
    }

    /** The requests of an anonymous caller from anywhere, one per action. */
    private static List<RequestContext> anonymous(List<String> actions, PolicyRequest request) {
        Instant now = Instant.now();
        return actions.stream().map(action -> {
            String resource = action.contains("Bucket") ? request.bucketArn() : request.objectArn("any-key");
            return new RequestContext(new Caller(null, request.partition().id(), null, null), action, resource)
                    .with("aws:SecureTransport", "true")
                    .with("aws:PrincipalIsAWSService", "false")
                    .with("aws:ViaAWSService", "false")
                    .with("aws:CurrentTime", now.toString())
                    .with("aws:EpochTime", String.valueOf(now.getEpochSecond()));
        }).toList();
    }

    /** A service writer's Allow without SourceAccount/SourceArn lets any account's reports into the bucket. */
    private static void sourceConditions(Statement statement, List<BillingWriter> writers, FindingCollector findings) {
        for (BillingWriter writer : writers) {
            if (!writer.isService() || statement.notPrincipal() || !statement.principal().services().contains(writer.service())) {
                continue;
            }
            boolean limited = statement.conditions().stream().map(Condition::key).anyMatch(key ->
                    key.equalsIgnoreCase(ConditionMismatch.SOURCE_ACCOUNT) || key.equalsIgnoreCase(ConditionMismatch.SOURCE_ARN));
            if (!limited) {
                findings.add(Finding.warning("source-conditions-missing", statement.sentenceLabel()
                        + " lets " + writer.service() + " in for any AWS account: another account's reports could be "
                        + "delivered into your bucket.", "Add to " + statement.label() + ": \"Condition\": {\"StringEquals\": "
                        + "{\"aws:SourceAccount\": \"" + writer.account() + "\"}, \"ArnLike\": {\"aws:SourceArn\": \""
                        + writer.sourceArn() + "\"}}."));
            }
        }
    }

    /** A value a writer presents literally, * included (AWS's own legacy CUR policy compares it with StringEquals). */
    private static boolean presented(String value, List<BillingWriter> writers) {
        return writers.stream().anyMatch(writer -> writer.sourceArnDocumented() && value.equals(writer.sourceArn()));
    }

    /** StringEquals with * or ? anywhere: a mistake even where it does not stop delivery. */
    private static void literalWildcards(Statement statement, List<BillingWriter> writers, FindingCollector findings) {
        for (Condition condition : statement.conditions()) {
            if (condition.operator().base().isStringEquality()
                    && condition.values().stream().anyMatch(value -> Wildcard.hasWildcard(value) && !presented(value, writers))
                    && !findings.hasKeyStartingWith("string-equals-wildcard|" + statement.index() + "|")) {
                boolean arn = condition.key().equalsIgnoreCase(ConditionMismatch.SOURCE_ARN)
                        || condition.key().toLowerCase(java.util.Locale.ROOT).endsWith("arn");
                findings.add(Finding.warning("string-equals-wildcard", statement.sentenceLabel()
                        + " tests " + condition.key() + " with " + condition.operator().name() + " against a value with a "
                        + "wildcard; " + condition.operator().name() + " compares * and ? literally.",
                        "In " + statement.label() + ", replace \"" + condition.operator().name() + "\" by \""
                                + (arn ? "ArnLike" : "StringLike") + "\" for " + condition.key() + "."));
            }
        }
    }
}

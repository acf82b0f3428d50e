package io.billingpilot.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.core.Finding;
import io.billingpilot.json.Json;
import io.billingpilot.json.MalformedJsonException;
import io.billingpilot.policy.iam.Evaluator;
import io.billingpilot.policy.iam.PolicyDocument;
import io.billingpilot.policy.iam.PolicyParser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains whether a bucket policy lets the report's billing writer deliver: replays every
 * call the writer makes through the IAM model and turns each refusal, and each risky
 * statement, into a finding with a concrete fix. Never throws on bad policy text: invalid
 * JSON and non-policies are findings too.
 */
public final class PolicyAnalyzer {
    /** The object AWS writes at the bucket root to verify access. */
    public static final String TEST_OBJECT = "aws-programmatic-access-test-object";
    /** S3 refuses bucket policies larger than this (in bytes). */
    public static final int MAX_POLICY_BYTES = 20 * 1024;

    private PolicyAnalyzer() {
    }

    /**
     * @throws io.billingpilot.core.InvalidInputException when the request itself is incomplete
     *         (a service-principal report without its payer account)
     */
    public static PolicyAnalysis analyze(String policyText, PolicyRequest request) {
        BillingWriter.of(request);
        List<Finding> findings = new ArrayList<>();
        JsonNode root = read(policyText, findings);
        if (root == null) {
            return PolicyAnalysis.of(findings);
        }
        root = unwrapCliOutput(root, findings);
        if (root == null) {
            return PolicyAnalysis.of(findings);
        }
        PolicyParser.Result parsed = PolicyParser.parse(root);
        findings.addAll(parsed.problems());
        PolicyDocument policy = parsed.document();
        if (policy != null) {
            findings.addAll(diagnose(policy, request));
        }
        return PolicyAnalysis.of(findings);
    }

    /**
     * The findings for the first way of delivering the report ({@link BillingWriter#alternatives})
     * that the policy lets through; when none does, those for the way the policy names (so the
     * fixes speak of the principal the admin chose), else for the current one.
     */
    private static List<Finding> diagnose(PolicyDocument policy, PolicyRequest request) {
        String payerInPolicy = request.account() == null ? PayerInPolicy.find(policy) : null;
        List<Finding> first = null;
        List<Finding> named = null;
        for (List<BillingWriter> way : BillingWriter.alternatives(request, payerInPolicy)) {
            List<Finding> found = Diagnosis.of(policy, way, request);
            boolean namesWay = way.stream().allMatch(writer -> policy.statements().stream()
                    .anyMatch(statement -> statement.allow() && !statement.notPrincipal()
                            && !statement.principal().anyone() && statement.principalMatches(writer.caller())));
            if (found.stream().noneMatch(Finding::isError) && (namesWay || first == null)) {
                if (payerInPolicy != null && way.stream().anyMatch(BillingWriter::isService)) {
                    found = new ArrayList<>(found);
                    found.add(Finding.info("payer-from-policy", "The payer account " + payerInPolicy + " was taken "
                            + "from the policy's own conditions.", "Give the payer account (--account) to check it "
                            + "against yours."));
                }
                return found;
            }
            first = first == null ? found : first;
            named = named == null && namesWay ? found : named;
        }
        return named != null ? named : first;
    }

    public static PolicyAnalysis analyze(JsonNode policy, PolicyRequest request) {
        return analyze(Json.compact(policy), request);
    }

    private static JsonNode read(String text, List<Finding> findings) {
        if (text == null || text.isBlank()) {
            findings.add(Finding.error("policy-empty", "The policy text is empty.",
                    "Paste the bucket's policy (S3 console > bucket > Permissions > Bucket policy), or generate one."));
            return null;
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_POLICY_BYTES) {
            findings.add(Finding.error("policy-too-large", "The policy is larger than 20 KB; S3 refuses bucket policies "
                    + "of that size.", "Remove statements the bucket no longer needs, or combine statements that differ "
                    + "only in one action or resource."));
        }
        try {
            return PolicyText.parse(text);
        } catch (MalformedJsonException e) {
            findings.add(Finding.error("invalid-json", e.getMessage(),
                    e.line() > 0 ? "Correct the JSON near line " + e.line() + ", column " + e.column()
                            + " (a missing comma or quote is the usual cause)."
                            : "Paste the policy as plain JSON text."));
            return null;
        }
    }

    /**
     * {@code aws s3api get-bucket-policy} prints {"Policy": "<the policy as a string>"}; people
     * paste that. The policy inside is read instead, with a note.
     */
    private static JsonNode unwrapCliOutput(JsonNode root, List<Finding> findings) {
        if (PolicyText.isCliOutput(root)) {
            findings.add(Finding.info("policy-unwrapped", "Read the policy inside the \"Policy\" string of "
                    + "get-bucket-policy's output.", ""));
            return read(root.get("Policy").textValue(), findings);
        }
        return root;
    }

    /** The calls the writers make, each with its decision. */
    static List<WriterCall> calls(List<BillingWriter> writers, PolicyRequest request) {
        List<WriterCall> calls = new ArrayList<>();
        for (BillingWriter writer : writers) {
            for (String action : writer.bucketActions()) {
                calls.add(new WriterCall(writer, action, request.bucketArn(), null));
            }
            for (String action : writer.objectActions()) {
                calls.add(new WriterCall(writer, action, request.objectArn(TEST_OBJECT), TEST_OBJECT));
            }
        }
        return calls;
    }

    static Evaluator.Decision decide(PolicyDocument policy, WriterCall call) {
        return Evaluator.evaluate(policy, call.context());
    }
}

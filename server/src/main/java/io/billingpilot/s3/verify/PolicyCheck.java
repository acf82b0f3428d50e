package io.billingpilot.s3.verify;

import io.billingpilot.core.Finding;
import io.billingpilot.core.Severity;
import io.billingpilot.json.Json;
import io.billingpilot.policy.BucketPolicyGenerator;
import io.billingpilot.policy.PolicyAnalysis;
import io.billingpilot.policy.PolicyAnalyzer;
import io.billingpilot.s3.BucketRequest;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.List;

/** Reads the bucket policy and lets the policy engine judge whether the report's writer can deliver. */
final class PolicyCheck extends SettingCheck<String> {
    PolicyCheck() {
        super(new About("policy", "Bucket policy lets the billing writer deliver",
                "reading the bucket policy", "s3:GetBucketPolicy", "NoSuchBucketPolicy", true));
    }

    @Override
    String fetch(S3Client s3, String bucket) {
        return s3.getBucketPolicy(call -> call.bucket(bucket)).policy();
    }

    @Override
    CheckItem judge(String text, BucketRequest request) {
        PolicyAnalysis analysis = PolicyAnalyzer.analyze(text, request.policy());
        List<Finding> errors = analysis.findings().stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            return CheckItem.fail(id(), title(), errors.get(0).message()
                            + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""),
                    "Merge the billing statements into the policy: '" + applyCommand(request) + "' shows the change "
                            + "and applies it after you confirm.")
                    .withDetails(analysis.findings());
        }
        List<Finding> warnings = analysis.findings().stream().filter(f -> f.severity() == Severity.WARNING).toList();
        if (!warnings.isEmpty()) {
            return CheckItem.warning(id(), title(), "The writer can deliver, but: " + warnings.get(0).message(),
                    warnings.get(0).fix()).withDetails(analysis.findings());
        }
        return CheckItem.pass(id(), title(), "The policy lets the " + request.policy().report().title()
                + " writer deliver into the bucket.");
    }

    @Override
    CheckItem whenNotSet(BucketRequest request) {
        String policy = Json.compact(BucketPolicyGenerator.generate(request.policy()));
        return CheckItem.fail(id(), title(), "The bucket has no policy, so the billing writer may not write into it.",
                "Add this bucket policy ('" + applyCommand(request) + "' does it after you confirm): " + policy);
    }

    private static String applyCommand(BucketRequest request) {
        return "billing-pilot apply-policy --bucket " + request.bucket() + " --report " + request.policy().report().id()
                + (request.policy().account() == null ? "" : " --account " + request.policy().account());
    }
}

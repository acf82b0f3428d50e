package io.billingpilot.iac;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;
import io.billingpilot.policy.PolicyAnalysis;
import io.billingpilot.policy.PolicyAnalyzer;
import io.billingpilot.policy.PolicyRequest;
import io.billingpilot.policy.ReaderRoleProof;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The policies inside the generated templates, taken out of the parsed files, pass the project's
 * own analyzer for the chosen report, and the role in them passes the IAM-model checks.
 */
class IacRoundTripTest {
    @Test
    void the_cloudformation_policies_pass_the_analyzer_and_the_role_checks() {
        for (IacCases.Case c : IacCases.all()) {
            String template = CloudFormationTemplate.render(Setup.from(c.input()));
            check(c, Templates.fromCloudFormation(template, IacCases.ACCOUNT));
        }
    }

    @Test
    void the_terraform_policies_pass_the_analyzer_and_the_role_checks() {
        for (IacCases.Case c : IacCases.all()) {
            String config = TerraformConfig.render(Setup.from(c.input()));
            check(c, Templates.fromTerraform(config, IacCases.ACCOUNT));
        }
    }

    @Test
    void a_merged_policy_keeps_the_buckets_own_statement_in_both_formats() {
        IacCases.Case merged = IacCases.all().get(1);
        Setup setup = Setup.from(merged.input());
        for (JsonNode policy : List.of(
                Templates.fromCloudFormation(CloudFormationTemplate.render(setup), IacCases.ACCOUNT).bucketPolicy(),
                Templates.fromTerraform(TerraformConfig.render(setup), IacCases.ACCOUNT).bucketPolicy())) {
            assertEquals("HttpsOnly", policy.at("/Statement/0/Sid").asText(), Json.compact(policy));
            assertEquals("arn:aws:s3:::billing-reports/*", policy.at("/Statement/0/Resource/1").asText());
        }
    }

    @Test
    void the_round_trip_fails_when_the_template_loses_the_writer() {
        IacCases.Case c = IacCases.all().get(0);
        String template = CloudFormationTemplate.render(Setup.from(c.input()))
                .replace("bcm-data-exports.amazonaws.com", "billingreports.amazonaws.com");
        JsonNode policy = Templates.fromCloudFormation(template, IacCases.ACCOUNT).bucketPolicy();
        assertFalse(PolicyAnalyzer.analyze(policy, request(c)).deliverable());
    }

    private static void check(IacCases.Case c, Templates.Policies policies) {
        PolicyAnalysis analysis = PolicyAnalyzer.analyze(policies.bucketPolicy(), request(c));
        assertTrue(analysis.deliverable(), c.label() + ": " + analysis.findings());
        assertFalse(Json.compact(policies.bucketPolicy()).contains("\u27E6"), c.label());
        List<String> violations = ReaderRoleProof.violations(policies.trustPolicy(), policies.permissionsPolicy(), "aws",
                IacCases.BUCKET, c.report(), c.prefix(), c.input().tool().equals("metricly") ? "270852171095"
                        : IacCases.TOOL_ACCOUNT, IacCases.EXTERNAL_ID);
        assertEquals(List.of(), violations, c.label());
    }

    private static PolicyRequest request(IacCases.Case c) {
        return PolicyRequest.parse(IacCases.BUCKET, c.report().id(), c.report().needsAccount() ? IacCases.ACCOUNT : null,
                null);
    }
}

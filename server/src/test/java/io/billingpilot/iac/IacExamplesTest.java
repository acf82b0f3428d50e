package io.billingpilot.iac;

import io.billingpilot.core.ReportType;
import io.billingpilot.json.Json;
import io.billingpilot.policy.PolicyAnalyzer;
import io.billingpilot.policy.PolicyRequest;
import io.billingpilot.policy.ReaderRoleProof;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/examples holds the current output for a Data Export setup, and both validators accept it. */
class IacExamplesTest {
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private static final IacInput INPUT = new IacInput("billing-reports", "data-exports", "123456789012", null, null,
            "billing-export", null, "exports", "virtana", "123456789013", "vt-ext-42", null);

    @Test
    void the_examples_are_the_current_output_and_pass_both_validators() throws Exception {
        Setup setup = Setup.from(INPUT);
        String template = Files.readString(EXAMPLES.resolve("data-export-setup.template.json"));
        String terraform = Files.readString(EXAMPLES.resolve("data-export-setup.tf"));
        assertEquals(CloudFormationTemplate.render(setup), template, "regenerate docs/examples (see its README)");
        assertEquals(TerraformConfig.render(setup), terraform, "regenerate docs/examples (see its README)");

        List<String> problems = CloudFormationSpec.load().validate(Json.parse(template));
        System.out.println("CloudFormation specification (@aws-cdk/aws-service-spec): " + problems.size()
                + " problems in " + Json.parse(template).get("Resources").size() + " resources");
        assertEquals(List.of(), problems);
        @SuppressWarnings("unchecked")
        Map<String, Object> resources = (Map<String, Object>) Templates.parseTerraform(terraform).get("resource");
        System.out.println("hcl4j: parsed, resource types " + resources.keySet());

        PolicyRequest request = PolicyRequest.parse("billing-reports", "data-exports", "123456789012", null);
        for (Templates.Policies policies : List.of(Templates.fromCloudFormation(template, "123456789012"),
                Templates.fromTerraform(terraform, "123456789012"))) {
            assertTrue(PolicyAnalyzer.analyze(policies.bucketPolicy(), request).deliverable());
            assertEquals(List.of(), ReaderRoleProof.violations(policies.trustPolicy(), policies.permissionsPolicy(),
                    "aws", "billing-reports", ReportType.DATA_EXPORTS, "exports", "123456789013", "vt-ext-42"));
        }
        System.out.println("policy analyzer and role checks: the writer delivers, the role reads only report files");
    }
}

package io.billingpilot.iac;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated templates against the CloudFormation resource specification of a pinned npm package. */
class CloudFormationSpecTest {
    private final CloudFormationSpec spec = CloudFormationSpec.load();

    @Test
    void every_generated_template_conforms_to_the_specification() {
        for (IacCases.Case c : IacCases.all()) {
            ObjectNode template = (ObjectNode) Json.parse(CloudFormationTemplate.render(Setup.from(c.input())));
            assertEquals(List.of(), spec.validate(template), c.label());
        }
    }

    @Test
    void the_specification_knows_every_resource_type_the_templates_use() {
        for (String type : List.of("AWS::S3::Bucket", "AWS::S3::BucketPolicy", "AWS::BCMDataExports::Export",
                "AWS::CUR::ReportDefinition", "AWS::IAM::Role")) {
            assertTrue(spec.knows(type), type);
        }
    }

    @Test
    void the_validator_finds_what_the_specification_refuses() {
        ObjectNode template = (ObjectNode) Json.parse(CloudFormationTemplate.render(Setup.from(IacCases.all().get(0).input())));
        ObjectNode export = (ObjectNode) template.at("/Resources/BillingExport/Properties/Export");
        ((ObjectNode) export.at("/DestinationConfigurations/S3Destination/S3OutputConfigurations"))
                .put("Compression", "BZIP2");
        export.remove("RefreshCadence");
        ((ObjectNode) template.at("/Resources/ReportBucket/Properties")).put("BucketEncryptionTypo", "x");
        ((ObjectNode) template.at("/Resources/ReaderRole/Properties")).putObject("RoleName").put("Ref", "NoSuchParameter");
        ((ObjectNode) template.at("/Resources/ReportBucketPolicy")).put("Type", "AWS::S3::BucketPolicyV2");
        List<String> problems = spec.validate(template);
        assertTrue(problems.stream().anyMatch(p -> p.contains("'BZIP2' is not one of")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("required property RefreshCadence")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("BucketEncryptionTypo")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("NoSuchParameter")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("no resource type AWS::S3::BucketPolicyV2")),
                problems.toString());
    }
}

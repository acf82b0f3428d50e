package io.billingpilot.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;
import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BucketPolicyGeneratorTest {
    @Test
    void the_dbr_policy_is_the_original_guides_policy() {
        assertEquals(Json.parse(Policies.ORIGINAL_GUIDE), BucketPolicyGenerator.generate(Policies.dbr()));
    }

    @Test
    void the_partition_changes_only_the_arn_prefixes() {
        ObjectNode china = BucketPolicyGenerator.generate(new PolicyRequest("metricly-example", ReportType.DBR, null, Partition.AWS_CN));
        String expected = Policies.ORIGINAL_GUIDE.replace("arn:aws:", "arn:aws-cn:");
        assertEquals(Json.parse(expected), china);
        ObjectNode gov = BucketPolicyGenerator.generate(new PolicyRequest("metricly-example", ReportType.CUR, "123456789012", Partition.AWS_US_GOV));
        String text = Json.compact(gov);
        assertFalse(text.contains("arn:aws:"), text);
        assertTrue(text.contains("arn:aws-us-gov:cur:us-east-1:123456789012:definition/*"), text);
        assertTrue(text.contains("arn:aws-us-gov:s3:::metricly-example/*"), text);
    }

    @Test
    void the_cur_policy_limits_the_service_to_the_payer_accounts_report_definitions() {
        JsonNode statements = BucketPolicyGenerator.generate(Policies.cur()).get("Statement");
        assertEquals(2, statements.size());
        JsonNode bucket = statements.get(0);
        assertEquals("billingreports.amazonaws.com", bucket.at("/Principal/Service").asText());
        assertEquals(List.of("s3:GetBucketAcl", "s3:GetBucketPolicy"), texts(bucket.get("Action")));
        assertEquals("arn:aws:s3:::metricly-example", bucket.get("Resource").asText());
        assertEquals("123456789012", bucket.at("/Condition/StringEquals/aws:SourceAccount").asText());
        assertEquals("arn:aws:cur:us-east-1:123456789012:definition/*", bucket.at("/Condition/ArnLike/aws:SourceArn").asText());
        JsonNode objects = statements.get(1);
        assertEquals(List.of("s3:PutObject"), texts(objects.get("Action")));
        assertEquals("arn:aws:s3:::metricly-example/*", objects.get("Resource").asText());
        assertEquals(bucket.get("Condition"), objects.get("Condition"));
    }

    @Test
    void the_data_exports_policy_grants_bcm_data_exports_put_object_only_as_documented_today() {
        JsonNode statements = BucketPolicyGenerator.generate(Policies.dataExports()).get("Statement");
        assertEquals(1, statements.size());
        assertEquals("bcm-data-exports.amazonaws.com", statements.get(0).at("/Principal/Service").asText());
        assertEquals(List.of("s3:PutObject"), texts(statements.get(0).get("Action")));
        assertEquals("arn:aws:s3:::metricly-example/*", statements.get(0).get("Resource").asText());
        assertEquals("arn:aws:bcm-data-exports:us-east-1:123456789012:export/*",
                statements.get(0).at("/Condition/ArnLike/aws:SourceArn").asText());
    }

    @Test
    void a_data_exports_bucket_shared_with_legacy_cur_lets_both_services_in() {
        JsonNode statements = BucketPolicyGenerator.generate(Policies.dataExports().withLegacyCur(true)).get("Statement");
        assertEquals(3, statements.size(), "Data Exports on the objects, the legacy CUR on the bucket and the objects");
        Set<String> services = new HashSet<>();
        statements.forEach(statement -> services.add(statement.at("/Principal/Service").asText()));
        assertEquals(Set.of("bcm-data-exports.amazonaws.com", "billingreports.amazonaws.com"), services);
        assertTrue(Json.compact(statements).contains("arn:aws:cur:us-east-1:123456789012:definition/*"));
    }

    @Test
    void the_legacy_cur_flag_means_nothing_for_other_reports() {
        assertEquals(BucketPolicyGenerator.generate(Policies.cur()), BucketPolicyGenerator.generate(Policies.cur().withLegacyCur(true)));
    }

    @ParameterizedTest
    @EnumSource(value = ReportType.class, names = {"CUR", "DATA_EXPORTS"})
    void the_service_reports_need_the_payer_account(ReportType report) {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> BucketPolicyGenerator.generate(new PolicyRequest("metricly-example", report, null, Partition.AWS)));
        assertTrue(error.getMessage().contains("12-digit account id"), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(ReportType.class)
    void every_generated_statement_has_a_unique_stable_sid(ReportType report) {
        PolicyRequest request = new PolicyRequest("metricly-example", report, "123456789012", Partition.AWS, true);
        JsonNode first = BucketPolicyGenerator.generate(request);
        Set<String> sids = new HashSet<>();
        first.get("Statement").forEach(statement -> assertTrue(sids.add(statement.get("Sid").asText())));
        PolicyRequest otherBucket = new PolicyRequest("other-bucket", report, "210987654321", Partition.AWS_CN, true);
        Set<String> otherSids = new HashSet<>();
        BucketPolicyGenerator.generate(otherBucket).get("Statement").forEach(s -> otherSids.add(s.get("Sid").asText()));
        assertEquals(sids, otherSids, "Sids do not depend on the bucket, account or partition");
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}

package io.billingpilot.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyMergerTest {
    /** A bucket policy with statements that have nothing to do with billing, and fields AWS may add later. */
    private static final String EXISTING = """
            {
              "Version": "2012-10-17",
              "Id": "CompanyPolicy",
              "x-team-note": {"owner": "finance"},
              "Statement": [
                {"Sid": "HttpsOnly", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
                 "Resource": ["arn:aws:s3:::metricly-example", "arn:aws:s3:::metricly-example/*"],
                 "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
                {"Sid": "AdminRole", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/admin"},
                 "Action": "s3:*", "Resource": "arn:aws:s3:::metricly-example/*", "x-unknown": [1, 2, 3]}
              ]
            }""";

    private static ObjectNode merge(String existing, PolicyRequest request) {
        return PolicyMerger.merge(existing == null ? null : Json.parse(existing), request);
    }

    private static List<JsonNode> statements(JsonNode policy) {
        List<JsonNode> list = new ArrayList<>();
        policy.get("Statement").forEach(list::add);
        return list;
    }

    @Test
    void with_no_existing_policy_the_generated_policy_is_the_result() {
        assertEquals(BucketPolicyGenerator.generate(Policies.dbr()), merge(null, Policies.dbr()));
        assertEquals(BucketPolicyGenerator.generate(Policies.cur()), PolicyMerger.merge(Json.MAPPER.nullNode(), Policies.cur()));
    }

    @Test
    void other_statements_stay_exactly_as_they_were_and_in_order() {
        ObjectNode merged = merge(EXISTING, Policies.cur());
        List<JsonNode> before = statements(Json.parse(EXISTING));
        List<JsonNode> after = statements(merged);
        List<JsonNode> others = after.stream().filter(before::contains).toList();
        assertEquals(before, others);
        assertEquals(before.size() + 2, after.size());
    }

    @Test
    void unknown_fields_version_and_id_are_kept() {
        ObjectNode merged = merge(EXISTING, Policies.dbr());
        assertEquals("2012-10-17", merged.get("Version").asText());
        assertEquals("CompanyPolicy", merged.get("Id").asText());
        assertEquals(Json.parse("{\"owner\": \"finance\"}"), merged.get("x-team-note"));
        assertEquals(List.of("Version", "Id", "x-team-note", "Statement"), fieldNames(merged));
    }

    @Test
    void a_policy_without_version_keeps_having_none() {
        ObjectNode merged = merge("{\"Statement\": {\"Sid\": \"Logs\", \"Effect\": \"Allow\", \"Principal\": "
                + "{\"Service\": \"logging.s3.amazonaws.com\"}, \"Action\": \"s3:PutObject\", \"Resource\": \"arn:aws:s3:::metricly-example/logs/*\"}}",
                Policies.dbr());
        assertFalse(merged.has("Version"));
        assertEquals(3, merged.get("Statement").size(), "a single statement object becomes an array with the billing statements");
        assertEquals("Logs", merged.get("Statement").get(0).get("Sid").asText());
    }

    @Test
    void merging_twice_gives_the_same_result_as_merging_once() {
        for (PolicyRequest request : List.of(Policies.dbr(), Policies.cur(), Policies.dataExports(), Policies.dataExports().withLegacyCur(true))) {
            for (String existing : new String[]{null, EXISTING, Policies.ORIGINAL_GUIDE}) {
                ObjectNode once = merge(existing, request);
                assertEquals(once, PolicyMerger.merge(once, request), request + " into " + existing);
            }
        }
    }

    @Test
    void an_outdated_billing_statement_is_replaced_not_duplicated() {
        String outdated = """
                {"Version": "2008-10-17", "Statement": [
                  {"Sid": "Old", "Effect": "Allow", "Principal": {"AWS": "386209384616"}, "Action": "s3:GetBucketPolicy",
                   "Resource": "arn:aws:s3:::metricly-example"},
                  {"Sid": "Keep", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject",
                   "Resource": "arn:aws:s3:::metricly-example/*"},
                  {"Sid": "OldPut", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::386209384616:root"}, "Action": "s3:PutObject",
                   "Resource": "arn:aws:s3:::metricly-example/billing/*"}
                ]}""";
        ObjectNode merged = merge(outdated, Policies.dbr());
        List<String> sids = statements(merged).stream().map(s -> s.get("Sid").asText()).toList();
        assertEquals(List.of("Stmt1335892150622", "Stmt1335892526596", "Keep"), sids,
                "the new statements take the place of the first outdated one");
        assertTrue(PolicyAnalyzer.analyze(merged, Policies.dbr()).deliverable());
    }

    @Test
    void a_cur_statement_with_the_wrong_region_or_operator_is_replaced() {
        String wrong = Json.compact(BucketPolicyGenerator.generate(Policies.cur()))
                .replace("us-east-1", "eu-west-1").replace("BillingReportsCur", "MyCur");
        ObjectNode merged = merge(wrong, Policies.cur());
        assertEquals(BucketPolicyGenerator.generate(Policies.cur()).get("Statement"), merged.get("Statement"));
    }

    @Test
    void billing_statements_in_another_letter_case_or_partition_are_replaced() {
        PolicyRequest china = new PolicyRequest("metricly-example", io.billingpilot.core.ReportType.DBR, null,
                io.billingpilot.core.Partition.AWS_CN);
        ObjectNode merged = merge(Policies.ORIGINAL_GUIDE.replace("s3:::metricly-example", "s3:::Metricly-Example"), Policies.dbr());
        assertEquals(BucketPolicyGenerator.generate(Policies.dbr()), merged);
        ObjectNode moved = merge(Policies.ORIGINAL_GUIDE, china);
        assertEquals(BucketPolicyGenerator.generate(china), moved);
    }

    @Test
    void statements_that_also_grant_other_principals_and_denies_are_left_alone() {
        String mixed = """
                {"Statement": [
                  {"Sid": "Shared", "Effect": "Allow", "Principal": {"AWS": ["386209384616", "111122223333"]}, "Action": "s3:PutObject",
                   "Resource": "arn:aws:s3:::metricly-example/*"},
                  {"Sid": "NoBilling", "Effect": "Deny", "Principal": {"AWS": "386209384616"}, "Action": "s3:DeleteObject",
                   "Resource": "arn:aws:s3:::metricly-example/*"}
                ]}""";
        ObjectNode merged = merge(mixed, Policies.dbr());
        List<JsonNode> before = statements(Json.parse(mixed));
        assertTrue(statements(merged).containsAll(before));
        assertEquals(4, merged.get("Statement").size());
    }

    @Test
    void generated_sids_never_clash_with_other_statements() {
        String clash = """
                {"Statement": [{"Sid": "Stmt1335892150622", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
                  "Action": "s3:GetObject", "Resource": "arn:aws:s3:::metricly-example/*"}]}""";
        ObjectNode merged = merge(clash, Policies.dbr());
        Set<String> sids = new HashSet<>();
        statements(merged).forEach(statement -> assertTrue(sids.add(statement.get("Sid").asText()), sids.toString()));
        assertTrue(sids.contains("Stmt13358921506222"), sids.toString());
        assertEquals(merged, PolicyMerger.merge(merged, Policies.dbr()), "the renamed statement is recognised again");
    }

    @Test
    void a_data_exports_merge_keeps_a_legacy_cur_writer_that_shares_the_bucket() {
        String withCur = Json.compact(BucketPolicyGenerator.generate(Policies.cur()));
        ObjectNode merged = merge(withCur, Policies.dataExports());
        Set<String> services = new HashSet<>();
        statements(merged).forEach(s -> services.add(s.at("/Principal/Service").asText()));
        assertEquals(Set.of("billingreports.amazonaws.com", "bcm-data-exports.amazonaws.com"), services);
        assertTrue(PolicyAnalyzer.analyze(merged, Policies.dataExports().withLegacyCur(true)).deliverable());
    }

    @Test
    void something_that_is_no_policy_cannot_be_merged_into() {
        assertThrows(InvalidInputException.class, () -> merge("[1, 2]", Policies.dbr()));
        assertThrows(InvalidInputException.class, () -> merge("{\"Version\": \"2012-10-17\"}", Policies.dbr()));
        assertThrows(InvalidInputException.class, () -> merge("{\"Statement\": \"none\"}", Policies.dbr()));
    }

    @Test
    void the_existing_policy_object_is_not_modified() {
        JsonNode existing = Json.parse(EXISTING);
        JsonNode copy = existing.deepCopy();
        PolicyMerger.merge(existing, Policies.cur());
        assertEquals(copy, existing);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

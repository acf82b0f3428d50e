package io.billingpilot.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Partition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReaderPolicyTest {
    private static final String KEY = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    @Test
    void it_grants_listing_the_bucket_and_reading_its_objects_and_nothing_else() {
        ObjectNode policy = ReaderPolicy.generate("metricly-example", Partition.AWS, null);
        assertEquals("2012-10-17", policy.get("Version").asText());
        assertEquals(List.of("Allow s3:ListBucket arn:aws:s3:::metricly-example",
                "Allow s3:GetObject arn:aws:s3:::metricly-example/*"), grants(policy));
    }

    @Test
    void the_partition_changes_the_arn_prefix() {
        assertEquals(List.of("Allow s3:ListBucket arn:aws-cn:s3:::metricly-example",
                "Allow s3:GetObject arn:aws-cn:s3:::metricly-example/*"),
                grants(ReaderPolicy.generate("metricly-example", Partition.AWS_CN, null)));
    }

    @Test
    void a_customer_managed_key_adds_decrypt_on_that_key_only() {
        List<String> grants = grants(ReaderPolicy.generate("metricly-example", Partition.AWS, KEY));
        assertEquals(3, grants.size());
        assertEquals("Allow kms:Decrypt " + KEY, grants.get(2));
    }

    @Test
    void a_blank_key_means_no_key() {
        assertEquals(2, grants(ReaderPolicy.generate("metricly-example", Partition.AWS, "  ")).size());
    }

    @Test
    void an_alias_or_a_key_of_another_partition_is_refused_with_a_reason() {
        InvalidInputException alias = assertThrows(InvalidInputException.class, () ->
                ReaderPolicy.generate("metricly-example", Partition.AWS, "arn:aws:kms:eu-west-1:123456789012:alias/billing"));
        assertTrue(alias.getMessage().contains("an alias will not do"), alias.getMessage());
        InvalidInputException partition = assertThrows(InvalidInputException.class, () ->
                ReaderPolicy.generate("metricly-example", Partition.AWS_US_GOV, KEY));
        assertTrue(partition.getMessage().contains("aws-us-gov"), partition.getMessage());
    }

    @Test
    void an_invalid_bucket_name_is_refused_with_the_bucket_rules() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                ReaderPolicy.generate("Metricly_Example", Partition.AWS, null));
        assertTrue(e.reasons().size() >= 2, e.reasons().toString());
    }

    /** "Effect action resource" for each statement. */
    private static List<String> grants(ObjectNode policy) {
        List<String> grants = new ArrayList<>();
        for (JsonNode statement : policy.get("Statement")) {
            List<String> actions = new ArrayList<>();
            statement.get("Action").forEach(action -> actions.add(action.asText()));
            grants.add(statement.get("Effect").asText() + " " + String.join(",", actions) + " "
                    + statement.get("Resource").asText());
        }
        return grants;
    }
}

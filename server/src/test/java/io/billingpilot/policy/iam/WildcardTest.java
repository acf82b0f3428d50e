package io.billingpilot.policy.iam;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WildcardTest {
    @Test
    void a_star_matches_any_run_of_characters_across_slashes_and_colons() {
        assertTrue(Wildcard.matches("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b/c", false));
        assertTrue(Wildcard.matches("*", "anything:at/all", false));
        assertTrue(Wildcard.matches("arn:*:s3:::bucket", "arn:aws-cn:s3:::bucket", false));
        assertTrue(Wildcard.matches("arn:aws:s3:::metricly-*", "arn:aws:s3:::metricly-example", false));
        assertTrue(Wildcard.matches("a*", "a", false));
    }

    @Test
    void a_question_mark_matches_exactly_one_character() {
        assertTrue(Wildcard.matches("s3:Get?ucketAcl", "s3:GetBucketAcl", false));
        assertFalse(Wildcard.matches("bucket?", "bucket", false));
        assertFalse(Wildcard.matches("bucket?", "bucket12", false));
    }

    @Test
    void without_wildcards_the_whole_text_must_match() {
        assertFalse(Wildcard.matches("arn:aws:s3:::bucket", "arn:aws:s3:::bucket/key", false));
        assertFalse(Wildcard.matches("arn:aws:s3:::bucket/key", "arn:aws:s3:::bucket", false));
    }

    @Test
    void letter_case_matters_unless_ignored() {
        assertFalse(Wildcard.matches("arn:aws:s3:::Bucket/*", "arn:aws:s3:::bucket/x", false));
        assertTrue(Wildcard.matches("S3:putobject", "s3:PutObject", true));
    }

    @Test
    void hostile_patterns_finish_quickly() {
        String pattern = "*a".repeat(2_000) + "b";
        String text = "a".repeat(20_000);
        long start = System.nanoTime();
        assertFalse(Wildcard.matches(pattern, text, false));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "greedy matching must not backtrack exponentially");
    }
}

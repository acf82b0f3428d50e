package io.billingpilot.policy;

import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyDiffTest {
    private static List<DiffLine> only(List<DiffLine> diff, DiffLine.Kind kind) {
        return diff.stream().filter(line -> line.kind() == kind).toList();
    }

    @Test
    void identical_policies_differ_in_nothing_even_when_laid_out_differently() {
        String compact = Json.compact(Json.parse(Policies.ORIGINAL_GUIDE));
        List<DiffLine> diff = PolicyDiff.between(compact, Policies.ORIGINAL_GUIDE);
        assertTrue(diff.size() > 10);
        assertEquals(diff.size(), only(diff, DiffLine.Kind.SAME).size());
    }

    @Test
    void a_new_bucket_shows_every_line_as_added() {
        List<DiffLine> diff = PolicyDiff.between(null, Policies.ORIGINAL_GUIDE);
        assertEquals(diff.size(), only(diff, DiffLine.Kind.ADDED).size());
        assertEquals("{", diff.get(0).text());
    }

    @Test
    void an_added_action_is_one_added_line_and_nothing_else() {
        String before = Policies.ORIGINAL_GUIDE.replace("\"s3:GetBucketAcl\",", "");
        List<DiffLine> diff = PolicyDiff.between(before, Policies.ORIGINAL_GUIDE);
        assertEquals(List.of(new DiffLine(DiffLine.Kind.ADDED, "        \"s3:GetBucketAcl\",")), only(diff, DiffLine.Kind.ADDED));
        assertTrue(only(diff, DiffLine.Kind.REMOVED).isEmpty());
    }

    @Test
    void a_changed_value_is_a_removed_line_followed_by_an_added_line() {
        String before = Policies.ORIGINAL_GUIDE.replace("metricly-example/*", "metricly-example/billing/*");
        List<DiffLine> diff = PolicyDiff.between(before, Policies.ORIGINAL_GUIDE);
        assertEquals(1, only(diff, DiffLine.Kind.REMOVED).size());
        assertEquals(1, only(diff, DiffLine.Kind.ADDED).size());
        int removed = diff.indexOf(only(diff, DiffLine.Kind.REMOVED).get(0));
        assertEquals(DiffLine.Kind.ADDED, diff.get(removed + 1).kind());
        assertTrue(diff.get(removed).text().contains("billing/*"));
    }

    @Test
    void text_that_is_not_json_is_compared_line_by_line() {
        List<DiffLine> diff = PolicyDiff.between("a\nb\nc", "a\nc\nd");
        assertEquals(List.of(new DiffLine(DiffLine.Kind.SAME, "a"), new DiffLine(DiffLine.Kind.REMOVED, "b"),
                new DiffLine(DiffLine.Kind.SAME, "c"), new DiffLine(DiffLine.Kind.ADDED, "d")), diff);
    }

    @Test
    void the_diff_kinds_are_lower_case_in_json() {
        assertEquals("{\"kind\":\"added\",\"text\":\"x\"}", Json.compact(new DiffLine(DiffLine.Kind.ADDED, "x")));
    }
}

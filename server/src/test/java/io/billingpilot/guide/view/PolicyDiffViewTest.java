package io.billingpilot.guide.view;

import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;
import io.billingpilot.policy.DiffLine;
import io.billingpilot.policy.MergedPolicy;
import io.billingpilot.policy.PolicyRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyDiffViewTest {
    private static final PolicyRequest DBR = new PolicyRequest("metricly-example", ReportType.DBR, null, Partition.AWS);

    @Test
    void added_and_removed_lines_are_marked_for_the_eye_and_named_for_screen_readers() {
        String diff = PolicyDiffView.diff(List.of(
                new DiffLine(DiffLine.Kind.SAME, "{"),
                new DiffLine(DiffLine.Kind.REMOVED, "  \"Resource\": \"old\""),
                new DiffLine(DiffLine.Kind.ADDED, "  \"Resource\": \"new\""),
                new DiffLine(DiffLine.Kind.SAME, "}"))).render();
        assertEquals("<ol class=\"diff\" aria-label=\"Changes the merge makes\">"
                + "<li class=\"diff-line same\"><span class=\"diff-mark\" aria-hidden=\"true\"> </span><code>{</code></li>"
                + "<li class=\"diff-line removed\"><span class=\"diff-mark\" aria-hidden=\"true\">-</span>"
                + "<span class=\"visually-hidden\">Removed: </span><code>  &quot;Resource&quot;: &quot;old&quot;</code></li>"
                + "<li class=\"diff-line added\"><span class=\"diff-mark\" aria-hidden=\"true\">+</span>"
                + "<span class=\"visually-hidden\">Added: </span><code>  &quot;Resource&quot;: &quot;new&quot;</code></li>"
                + "<li class=\"diff-line same\"><span class=\"diff-mark\" aria-hidden=\"true\"> </span><code>}</code></li>"
                + "</ol>", diff);
    }

    @Test
    void a_sid_holding_markup_is_shown_as_text() {
        // An outdated billing statement: the merge replaces it, so its Sid is on a removed line.
        String existing = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"<script>alert(1)</script>\", "
                + "\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::386209384616:root\"}, "
                + "\"Action\": \"s3:PutObject\", \"Resource\": \"arn:aws:s3:::metricly-example/billing/*\"}]}";
        String diff = PolicyDiffView.diff(MergedPolicy.of(existing, DBR).diff()).render();
        assertTrue(diff.contains("Removed: </span><code>      &quot;Sid&quot;: &quot;&lt;script&gt;"), diff);
        assertFalse(diff.contains("<script>"), diff);
        assertTrue(diff.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), diff);
    }

    @Test
    void long_unchanged_runs_fold_to_a_count_and_keep_three_lines_beside_each_change() {
        List<DiffLine> lines = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            lines.add(new DiffLine(DiffLine.Kind.SAME, "before " + i));
        }
        lines.add(new DiffLine(DiffLine.Kind.ADDED, "added"));
        for (int i = 1; i <= 10; i++) {
            lines.add(new DiffLine(DiffLine.Kind.SAME, "middle " + i));
        }
        lines.add(new DiffLine(DiffLine.Kind.REMOVED, "removed"));
        lines.add(new DiffLine(DiffLine.Kind.SAME, "last"));
        String diff = PolicyDiffView.diff(lines).render();

        assertTrue(diff.contains("<li class=\"diff-fold\">7 unchanged lines</li>"), diff);
        assertFalse(diff.contains("before 7<"), diff);
        assertTrue(diff.contains("before 8<") && diff.contains("before 10<"), diff);
        assertTrue(diff.contains("middle 3<") && diff.contains("<li class=\"diff-fold\">4 unchanged lines</li>")
                && diff.contains("middle 8<"), diff);
        assertFalse(diff.contains("middle 4<") || diff.contains("middle 7<"), diff);
        assertTrue(diff.contains("last<"), "a short run is kept whole");
    }

    @Test
    void a_run_one_line_longer_than_its_context_is_shown_rather_than_folded_to_one_line() {
        List<DiffLine> lines = new ArrayList<>();
        lines.add(new DiffLine(DiffLine.Kind.ADDED, "a"));
        for (int i = 1; i <= 7; i++) {
            lines.add(new DiffLine(DiffLine.Kind.SAME, "same " + i));
        }
        lines.add(new DiffLine(DiffLine.Kind.ADDED, "b"));
        String diff = PolicyDiffView.diff(lines).render();
        assertFalse(diff.contains("diff-fold"), diff);
        assertTrue(diff.contains("same 4<"), diff);
    }
}

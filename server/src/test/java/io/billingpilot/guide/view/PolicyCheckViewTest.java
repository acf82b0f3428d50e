package io.billingpilot.guide.view;

import io.billingpilot.guide.model.PastedPolicy;
import io.billingpilot.state.SessionState;
import io.billingpilot.support.Fixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyCheckViewTest {
    private static final SessionState SESSION = SessionState.EMPTY.withBucket("metricly-example");

    private static String panel(String pasted) {
        return PolicyCheckView.panel(PastedPolicy.of(pasted, SESSION), "metricly-example", null).render();
    }

    @Test
    void the_form_posts_without_javascript_and_htmx_sends_it_as_the_admin_pastes() {
        String panel = panel(null);
        assertTrue(panel.contains("<form method=\"post\" action=\"/step/reports/policy-check#panel-policy-check\" "
                + "hx-post=\"/step/reports/policy-check\" hx-target=\"#policy-findings\""), panel);
        assertTrue(panel.contains("<label for=\"current-policy\">"), panel);
        assertTrue(panel.contains("<textarea id=\"current-policy\" name=\"policy\""), panel);
        assertTrue(panel.contains("hx-trigger=\"input changed delay:400ms, pasted\""), panel);
        assertTrue(panel.contains("<div id=\"policy-findings\" class=\"policy-findings\" aria-live=\"polite\">"), panel);
        assertTrue(panel.contains("type=\"submit\""), panel);
        assertFalse(panel.contains("role=\"note\""), "no console warning unless the console overwrites the policy");
    }

    @Test
    void each_finding_shows_its_severity_in_words_its_message_and_its_fix() {
        String panel = panel(Fixtures.policy("prefix-only"));
        assertTrue(panel.contains("AWS cannot deliver the reports under this policy: 1 problem."), panel);
        int at = panel.indexOf("data-code=\"put-object-prefix-only\"");
        assertTrue(at > 0, panel);
        String finding = panel.substring(panel.lastIndexOf("<li", at), panel.indexOf("</li>", at));
        assertTrue(finding.contains("<span class=\"severity\">Problem</span>"), finding);
        assertTrue(finding.contains("class=\"finding error\""), finding);
        assertTrue(finding.contains("aws-programmatic-access-test-object"), finding);
        assertTrue(finding.contains("<span class=\"fix-label\">Fix: </span>"), finding);
    }

    @Test
    void the_merged_policy_comes_with_its_diff_and_a_copy_button() {
        String panel = panel(Fixtures.policy("other-statement"));
        assertTrue(panel.contains("<div id=\"policy-merged\" class=\"policy-merged\">"), panel);
        assertTrue(panel.contains("<ol class=\"diff\""), panel);
        assertTrue(panel.contains("data-copy-target=\"merged-policy-json\""), panel);
        assertTrue(panel.contains("AWS cannot deliver the reports under this policy"), "the reader's grant alone lets nothing in");
        assertTrue(panel.contains("<span class=\"visually-hidden\">Added: </span><code>      &quot;Sid&quot;: "
                + "&quot;Stmt1335892526596&quot;,</code>"), panel);
        assertFalse(panel.contains("Removed: </span><code>      &quot;Sid&quot;: &quot;MetriclyReads"), panel);
    }

    @Test
    void a_policy_that_already_has_the_billing_statements_needs_no_merge() {
        String panel = panel(Fixtures.originalGuidePolicy());
        assertTrue(panel.contains("AWS can deliver the reports under this policy."), panel);
        assertTrue(panel.contains("merging changes nothing"), panel);
        assertFalse(panel.contains("class=\"diff\""), panel);
        assertFalse(panel.contains("merged-policy-json"), panel);
    }

    @Test
    void a_merge_that_still_cannot_deliver_says_so_next_to_the_diff() {
        String denyAll = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"NoWrites\", \"Effect\": \"Deny\", "
                + "\"Principal\": \"*\", \"Action\": \"s3:PutObject\", \"Resource\": \"arn:aws:s3:::metricly-example/*\"}]}";
        String merged = PolicyCheckView.merged(PastedPolicy.of(denyAll, SESSION)).render();
        assertTrue(merged.contains("AWS cannot deliver the reports under the merged policy"), merged);
        assertTrue(merged.contains("NoWrites"), merged);
    }

    @Test
    void text_that_is_no_policy_has_findings_and_says_why_nothing_is_merged() {
        String panel = panel("{\"Statement\": [");
        assertTrue(panel.contains("data-code=\"invalid-json\""), panel);
        assertTrue(panel.contains("The existing policy cannot be read"), panel);
        assertFalse(panel.contains("class=\"diff\""), panel);
    }

    @Test
    void the_pasted_text_is_shown_back_escaped() {
        String hostile = "</textarea><script>alert(1)</script>";
        String panel = panel(hostile);
        assertFalse(panel.contains("<script>"), panel);
        assertTrue(panel.contains("&lt;/textarea&gt;&lt;script&gt;"), panel);
    }

    @Test
    void the_htmx_answer_is_the_findings_and_the_merged_policy_swapped_out_of_band() {
        String results = PolicyCheckView.results(PastedPolicy.of(Fixtures.policy("other-statement"), SESSION)).render();
        assertTrue(results.startsWith("<p class=\"check bad\">"), results);
        assertTrue(results.contains("<div id=\"policy-merged\" class=\"policy-merged\" hx-swap-oob=\"true\">"), results);
        assertFalse(results.contains("<form"), results);
    }

    @Test
    void layouts_whose_console_dialog_writes_its_own_policy_get_a_warning_that_points_to_the_merge() {
        String panel = PolicyCheckView.panel(PastedPolicy.NONE, "metricly-example", "Next").render();
        assertTrue(panel.contains("<strong class=\"ui\">Next</strong> in the console&#x27;s bucket dialog replaces this "
                + "policy"), panel);
        assertTrue(panel.contains("Copy the merged policy below"), panel);
    }

    @Test
    void nothing_pasted_shows_no_findings_and_no_merge() {
        String findings = PolicyCheckView.findings(PastedPolicy.of("  ", SESSION)).render();
        assertEquals("<p class=\"hint\">Nothing pasted yet.</p>", findings);
        assertEquals("<div id=\"policy-merged\" class=\"policy-merged\"></div>",
                PolicyCheckView.merged(PastedPolicy.NONE).render());
    }
}

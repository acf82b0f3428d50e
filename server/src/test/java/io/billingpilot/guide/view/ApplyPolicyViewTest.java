package io.billingpilot.guide.view;

import io.billingpilot.guide.model.ApplyStep;
import io.billingpilot.policy.DiffLine;
import io.billingpilot.policy.PolicyRequest;
import io.billingpilot.s3.actions.PolicyPreview;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplyPolicyViewTest {
    private static final String SHA = "a".repeat(64);
    private static final PolicyPreview CHANGES = new PolicyPreview(PolicyRequest.parse("metricly-example", null, null, null),
            "us-east-1", "{}", SHA, "{...}", List.of(new DiffLine(DiffLine.Kind.ADDED, "  \"Sid\": \"Stmt1\"")));

    @Test
    void the_diff_comes_first_and_the_confirm_form_carries_the_fingerprint_of_the_policy_it_was_made_from() {
        String html = ApplyPolicyView.results(new ApplyStep(CHANGES, null, null, ""), "metricly-example").render();
        assertTrue(html.indexOf("class=\"diff\"") < html.indexOf("<form"), html);
        assertTrue(html.contains("action=\"/step/reports/apply-policy/confirm#panel-apply-policy\""), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"sha256\" value=\"" + SHA + "\">"), html);
        assertTrue(html.contains("Apply this policy to metricly-example"), html);
    }

    @Test
    void a_refusal_because_the_policy_changed_shows_the_reason_and_the_new_diff_to_confirm() {
        String html = ApplyPolicyView.results(new ApplyStep(CHANGES, null,
                "The bucket policy changed after the diff was shown; nothing was written.",
                "Look at the new diff and confirm again."), "metricly-example").render();
        assertTrue(html.indexOf("changed after the diff was shown") < html.indexOf("class=\"diff\""), html);
        assertTrue(html.contains("Look at the new diff and confirm again."), html);
        assertTrue(html.contains("name=\"sha256\""), html);
    }

    @Test
    void a_policy_that_needs_nothing_offers_nothing_to_confirm() {
        PolicyPreview same = new PolicyPreview(CHANGES.request(), "us-east-1", "{}", SHA, "{}",
                List.of(new DiffLine(DiffLine.Kind.SAME, "{}")));
        String html = ApplyPolicyView.results(new ApplyStep(same, null, null, ""), "metricly-example").render();
        assertTrue(html.contains("there is nothing to write"), html);
        assertFalse(html.contains("<form"), html);
    }
}

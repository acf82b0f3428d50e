package io.billingpilot.guide.view;

import io.billingpilot.core.Finding;
import io.billingpilot.guide.model.VerifyRun;
import io.billingpilot.s3.BucketRequest;
import io.billingpilot.s3.verify.CheckItem;
import io.billingpilot.s3.verify.Checklist;
import io.billingpilot.s3.verify.ReachItems;
import io.billingpilot.s3.verify.VerifyResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifyViewTest {
    private static final BucketRequest BUCKET = BucketRequest.parse("metricly-example", null, null, null);

    private static String results(CheckItem... items) {
        VerifyResult result = new VerifyResult(BUCKET, "us-east-1", new Checklist(List.of(items)));
        return VerifyView.results(new VerifyRun(result, null)).render();
    }

    @Test
    void the_verify_form_posts_without_javascript_and_shows_a_busy_note_with_htmx() {
        String panel = VerifyView.panel(VerifyRun.NONE).render();
        assertTrue(panel.contains("<form method=\"post\" action=\"/step/reports/verify#panel-verify\" "
                + "hx-post=\"/step/reports/verify\" hx-target=\"#verify-results\""), panel);
        assertTrue(panel.contains("hx-indicator=\"#verify-busy\""), panel);
        assertTrue(panel.contains("<span id=\"verify-busy\" class=\"busy\" role=\"status\">"), panel);
        assertTrue(panel.contains("<div id=\"verify-results\" class=\"live-results\" aria-live=\"polite\">"), panel);
    }

    @Test
    void each_item_shows_its_status_in_words_and_a_failure_its_fix_and_the_policy_findings() {
        String html = results(
                CheckItem.pass("bucket", "Bucket exists and can be reached", "It exists."),
                CheckItem.fail("policy", "Bucket policy", "The policy stops AWS.", "Put the merged policy on the bucket.")
                        .withDetails(List.of(Finding.error("put-object-prefix-only", "PutObject only under billing/.",
                                "Allow PutObject on arn:aws:s3:::metricly-example/*."))));
        assertTrue(html.contains("1 thing to fix before AWS can deliver."), html);
        assertTrue(html.contains("data-check=\"bucket\" data-status=\"pass\""), html);
        String failed = html.substring(html.indexOf("data-check=\"policy\""));
        assertTrue(failed.contains("<span class=\"status-word\">Fail</span>"), failed);
        assertTrue(failed.contains("<span class=\"fix-label\">Fix: </span>Put the merged policy on the bucket."), failed);
        assertTrue(failed.contains("data-code=\"put-object-prefix-only\""), failed);
        assertFalse(html.substring(0, html.indexOf("data-check=\"policy\"")).contains("Fix:"), "a pass needs no fix");
    }

    @Test
    void missing_credentials_say_how_to_provide_them_to_the_server() {
        String html = results(CheckItem.unknown(ReachItems.CREDENTIALS, "AWS credentials", "No AWS credentials found.",
                "Provide credentials as described, then run the check again.").asEssential());
        assertTrue(html.contains("The bucket could not be checked"), html);
        assertTrue(html.contains("<code>scripts/run --profile NAME</code>"), html);
        assertFalse(results(CheckItem.pass(ReachItems.CREDENTIALS, "AWS credentials", "Found.")).contains("scripts/run"));
    }

    @Test
    void a_message_from_the_bucket_is_text_never_markup() {
        String html = results(CheckItem.fail("policy", "Bucket policy", "Statement <img src=x onerror=alert(1)>",
                "Remove <script>."));
        assertFalse(html.contains("<img") || html.contains("<script>"), html);
    }

    @Test
    void a_check_that_could_not_start_says_why() {
        String html = VerifyView.results(new VerifyRun(null, "There is no bucket name yet: enter it in step 1.")).render();
        assertTrue(html.contains("class=\"note problem\""), html);
    }
}

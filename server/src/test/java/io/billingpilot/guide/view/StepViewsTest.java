package io.billingpilot.guide.view;

import io.billingpilot.core.BucketName;
import io.billingpilot.core.Layout;
import io.billingpilot.core.ReportType;
import io.billingpilot.guide.HandOffModel;
import io.billingpilot.guide.PageModels;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.CreateStep;
import io.billingpilot.guide.model.Step;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.Situation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The step views choose their panels from the session; these are the choices with logic. */
class StepViewsTest {
    private static final ConsoleLabels LABELS = ConsoleLabels.shared();
    private static final SessionState WITH_BUCKET = SessionState.EMPTY.withBucket("metricly-example");

    @Test
    void the_start_page_says_when_detailed_billing_closed_and_what_is_left() {
        String page = StartView.render(SessionState.EMPTY).render();
        assertTrue(page.contains("8 July 2019"), page);
        assertTrue(page.contains("Data Exports"), page);
        assertTrue(page.contains("value=\"dbr\" checked"), "the seed's reports are the default");
        assertTrue(page.contains("value=\"new-bucket\" checked"), page);
    }

    @Test
    void creating_a_bucket_shows_the_s3_console_steps_and_an_existing_one_does_not() {
        assertTrue(bucketPage(SessionState.EMPTY, null).contains("id=\"panel-create\""));
        String existing = bucketPage(SessionState.EMPTY.withSituation(Situation.EXISTING_BUCKET), null);
        assertFalse(existing.contains("id=\"panel-create\""), existing);
    }

    @Test
    void a_refused_name_is_shown_back_with_its_reasons() {
        String page = bucketPage(SessionState.EMPTY, "Bad_Name");
        assertTrue(page.contains("value=\"Bad_Name\""), page);
        assertTrue(page.contains("data-rule=\"uppercase\""), page);
    }

    @Test
    void the_reports_step_without_a_bucket_sends_the_admin_to_step_1() {
        String page = ReportsView.render(PageModels.reports(SessionState.EMPTY, LABELS), LABELS).render();
        assertTrue(page.contains("href=\"/step/bucket\">Enter its name in step 1"), page);
        assertFalse(page.contains("id=\"panel-policy\""), page);
    }

    @Test
    void layouts_b_and_c_warn_that_the_console_overwrites_the_bucket_policy_and_a_does_not() {
        for (Layout layout : new Layout[]{Layout.B, Layout.C}) {
            String page = ReportsView.render(PageModels.reports(WITH_BUCKET.withLayout(layout), LABELS), LABELS).render();
            assertTrue(page.contains("id=\"panel-overwrite\""), layout.key());
        }
        String a = ReportsView.render(PageModels.reports(WITH_BUCKET.withLayout(Layout.A), LABELS), LABELS).render();
        assertFalse(a.contains("id=\"panel-overwrite\""), a);
    }

    @Test
    void the_policy_has_a_download_link_that_is_not_boosted() {
        String page = ReportsView.render(PageModels.reports(WITH_BUCKET, LABELS), LABELS).render();
        assertTrue(page.contains("href=\"/guide/policy.json?bucket=metricly-example&amp;report=dbr&amp;partition=aws\" "
                + "download=\"\" hx-boost=\"false\""), page);
    }

    @Test
    void the_payer_account_is_asked_only_for_reports_written_by_a_service() {
        assertFalse(ReportsView.render(PageModels.reports(WITH_BUCKET, LABELS), LABELS).render().contains("id=\"account\""));
        SessionState withCur = WITH_BUCKET.withReport(ReportType.CUR);
        String cur = ExportReportsView.render(PageModels.reports(withCur, LABELS),
                ExportNamingView.Check.unchecked(null, null), LABELS).render();
        assertTrue(cur.contains("<label for=\"account\">Payer account id</label>"), cur);
        assertFalse(cur.contains("id=\"panel-layout\""), "the layouts are those of the legacy reports only");
    }

    @Test
    void the_monitoring_step_asks_for_the_bucket_when_it_is_not_known_yet() {
        String page = MonitoringView.render(HandOffModel.of(SessionState.EMPTY.withSituation(Situation.RECEIVING), null,
                ConsoleLabels.shared())).render();
        assertTrue(page.contains("action=\"/step/monitoring/bucket\""), page);
        assertFalse(page.contains("id=\"permissions-policy-json\""), page);
    }

    @Test
    void the_monitoring_step_shows_the_exact_name_with_the_case_warning_and_the_read_policy() {
        String page = MonitoringView.render(HandOffModel.of(WITH_BUCKET, null, ConsoleLabels.shared())).render();
        assertTrue(page.contains("<code id=\"bucket-name-value\">metricly-example</code>"), page);
        assertTrue(page.contains("capitals included"), page);
        assertTrue(page.contains("External ID"), page);
        assertTrue(page.contains("few minutes"), page);
        assertTrue(page.contains("arn:aws:s3:::metricly-example/*"), page);
    }

    /** Step 1 as its handler renders it, after submitting {@code typed} (null: nothing submitted). */
    private static String bucketPage(SessionState state, String typed) {
        return BucketView.render(PageModels.bucket(state, typed, typed == null ? null : BucketName.problems(typed),
                CreateStep.NONE), LABELS).render();
    }
}

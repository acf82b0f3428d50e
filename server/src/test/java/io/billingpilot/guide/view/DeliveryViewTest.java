package io.billingpilot.guide.view;

import io.billingpilot.core.Finding;
import io.billingpilot.guide.model.DeliveryCheck;
import io.billingpilot.s3.Outcome;
import io.billingpilot.s3.status.DeliveryStatus;
import io.billingpilot.s3.status.MonthRow;
import io.billingpilot.s3.status.ReportFile;
import io.billingpilot.s3.status.SourceStatus;
import io.billingpilot.s3.status.StatusRequest;
import io.billingpilot.state.SessionState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeliveryViewTest {
    private static final StatusRequest REQUEST = StatusRequest.parse("metricly-example", null, null, null, null);
    private static final Instant NOW = Instant.parse("2026-11-20T09:30:00Z");

    private static DeliveryCheck check(List<SourceStatus> sources, Finding... findings) {
        return new DeliveryCheck(new DeliveryStatus(REQUEST, "us-east-1", sources, null, List.of(findings),
                findings.length > 0 && findings[0].isError() ? Outcome.FINDINGS : Outcome.FINE, 1), null, NOW);
    }

    @Test
    void while_nothing_has_arrived_the_status_asks_again_every_three_minutes() {
        String status = DeliveryView.status(check(List.of(), Finding.error("no-reports-yet", "No files yet.", "Wait."))).render();
        assertTrue(status.startsWith("<div id=\"delivery-status\" class=\"live-results\" aria-live=\"polite\" "
                + "hx-get=\"/step/delivery/status\" hx-trigger=\"every 180s\" hx-swap=\"outerHTML\">"), status);
        assertTrue(status.contains("Nothing has arrived yet."), status);
        assertTrue(status.contains("Last looked at 2026-11-20 09:30 UTC."), status);
    }

    @Test
    void arrived_files_are_listed_by_month_with_what_is_missing_and_the_polling_stops() {
        ReportFile csv = new ReportFile("monthly", "2026-11", "123456789012-aws-billing-csv-2026-11.csv", 2048,
                Instant.parse("2026-11-20T08:00:00Z"));
        String status = DeliveryView.status(check(List.of(new SourceStatus("123456789012",
                List.of(new MonthRow("2026-11", List.of(csv), List.of("costAllocation"))))))).render();
        assertFalse(status.contains("hx-trigger"), status);
        assertTrue(status.contains("Report files are arriving."), status);
        assertTrue(status.contains("<h3>123456789012</h3>"), status);
        assertTrue(status.contains("<code>123456789012-aws-billing-csv-2026-11.csv</code> 2 KiB, 2026-11-20 08:00 UTC"), status);
        assertTrue(status.contains("Still missing: Cost allocation report."), status);
    }

    @Test
    void the_page_says_how_long_to_expect_and_offers_a_check_that_works_without_javascript() {
        String page = DeliveryView.render(SessionState.EMPTY.withBucket("metricly-example"), check(List.of())).render();
        assertTrue(page.contains("within 24 hours"), page);
        assertTrue(page.contains("<form method=\"get\" action=\"/step/delivery\" hx-get=\"/step/delivery/status\""), page);
        assertTrue(page.contains("href=\"/step/monitoring\""), "Metricly can be set up meanwhile");
    }

    @Test
    void without_a_bucket_the_step_asks_for_it_first() {
        String page = DeliveryView.render(SessionState.EMPTY, null).render();
        assertTrue(page.contains("id=\"panel-no-bucket\""), page);
        assertFalse(page.contains("delivery-status"), page);
    }
}

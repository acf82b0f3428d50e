package io.billingpilot.guide.model;

import io.billingpilot.core.Layout;
import io.billingpilot.core.LegacyReport;
import io.billingpilot.guide.model.ConsoleSummary.Kind;
import io.billingpilot.guide.model.ConsoleSummary.Observation;
import io.billingpilot.state.ConsoleState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static io.billingpilot.core.LegacyReport.COST_ALLOCATION;
import static io.billingpilot.core.LegacyReport.DETAILED;
import static io.billingpilot.core.LegacyReport.MONTHLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsoleSummaryTest {
    private static final ConsoleLabels LABELS = ConsoleLabels.shared();
    private static final EnumSet<LegacyReport> THREE_OF_FOUR = EnumSet.of(MONTHLY, DETAILED, COST_ALLOCATION);

    @Test
    void a_bucket_field_that_differs_only_in_letter_case_is_named_as_such() {
        Observation seen = ConsoleSummary.bucketField("Metricly-Example", "metricly-example");
        assertEquals(Kind.PROBLEM, seen.kind());
        assertEquals("The bucket field holds “Metricly-Example” — it differs from your bucket “metricly-example” "
                + "in letter case. Bucket names are lowercase.", seen.text());
    }

    @Test
    void the_bucket_field_is_compared_with_the_session_s_bucket() {
        assertEquals(Kind.OK, ConsoleSummary.bucketField("metricly-example", "metricly-example").kind());
        assertEquals(Kind.TODO, ConsoleSummary.bucketField("", "metricly-example").kind());
        assertTrue(ConsoleSummary.bucketField(" metricly-example", "metricly-example").text().contains("spaces"));
        Observation other = ConsoleSummary.bucketField("other-bucket", "metricly-example");
        assertEquals("The bucket field holds “other-bucket”, not your bucket “metricly-example”.", other.text());
        assertEquals(Kind.INFO, ConsoleSummary.bucketField("other-bucket", null).kind());
    }

    @Test
    void a_hostile_field_value_is_quoted_on_one_line() {
        Observation seen = ConsoleSummary.bucketField("evil\nname", "metricly-example");
        assertTrue(seen.text().contains("“evil\\nname”"), seen.text());
    }

    @Test
    void the_report_ticks_are_counted_and_the_missing_ones_named_with_the_layout_s_labels() {
        Observation seen = ConsoleSummary.reports(Layout.A, THREE_OF_FOUR, LABELS);
        assertEquals(Kind.TODO, seen.kind());
        assertEquals("The console shows 3 of 4 reports ticked. Not ticked: "
                + "“Detailed billing report with resources and tags”.", seen.text());
        assertEquals(Kind.OK, ConsoleSummary.reports(Layout.A, EnumSet.allOf(LegacyReport.class), LABELS).kind());
    }

    @Test
    void in_today_s_layout_monthly_and_cost_allocation_are_enough() {
        Observation seen = ConsoleSummary.reports(Layout.C, EnumSet.of(MONTHLY, COST_ALLOCATION), LABELS);
        assertEquals(Kind.OK, seen.kind());
        assertTrue(seen.text().startsWith("The console shows 2 of 4 reports ticked."), seen.text());
        assertEquals(Kind.TODO, ConsoleSummary.reports(Layout.C, EnumSet.of(MONTHLY), LABELS).kind());
    }

    @Test
    void an_unticked_switch_is_named_with_the_layout_s_own_label() {
        ConsoleState console = new ConsoleState(Layout.C, false, "metricly-example", THREE_OF_FOUR, null, Instant.EPOCH);
        List<Observation> seen = ConsoleSummary.of(console, "metricly-example", LABELS);
        assertEquals(new Observation(Kind.TODO, "“Legacy report delivery to S3” is not ticked yet."), seen.get(0));
        assertEquals(Kind.OK, seen.get(1).kind());
        assertEquals(3, seen.size());
    }

    @Test
    void on_the_s3_console_only_the_name_field_is_reported() {
        ConsoleState console = new ConsoleState(Layout.S3, null, "Metricly-example", null, null, Instant.EPOCH);
        List<Observation> seen = ConsoleSummary.of(console, "metricly-example", LABELS);
        assertEquals(2, seen.size());
        assertEquals(Kind.INFO, seen.get(0).kind());
        assertEquals(Kind.PROBLEM, seen.get(1).kind());
    }

    @Test
    void nothing_reported_means_nothing_to_say() {
        assertTrue(ConsoleSummary.of(null, "metricly-example", LABELS).isEmpty());
    }
}

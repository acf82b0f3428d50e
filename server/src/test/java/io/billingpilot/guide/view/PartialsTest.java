package io.billingpilot.guide.view;

import io.billingpilot.core.BucketName;
import io.billingpilot.guide.model.ConsoleSummary;
import io.billingpilot.guide.model.Step;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialsTest {
    @Test
    void the_progress_bar_marks_the_current_step_and_the_finished_ones() {
        String nav = Partials.progress(Step.REPORTS, List.of("start", "bucket")).render();
        assertEquals(1, nav.split("aria-current=\"step\"", -1).length - 1, nav);
        assertTrue(nav.contains("<a href=\"/step/reports\" aria-current=\"step\">"), nav);
        assertTrue(nav.contains("<li class=\"done\"><a href=\"/step/bucket\">"), nav);
        assertTrue(nav.contains("(done)"), "finished steps are named as done for screen readers too");
        assertTrue(nav.contains("aria-label=\"Progress\""), nav);
    }

    @Test
    void the_name_check_lists_every_broken_rule_by_its_code() {
        String check = Partials.nameCheck("Metricly_Example", BucketName.problems("Metricly_Example")).render();
        assertTrue(check.contains("is not a valid bucket name"), check);
        assertTrue(check.contains("data-rule=\"uppercase\""), check);
        assertTrue(check.contains("data-rule=\"characters\""), check);
    }

    @Test
    void an_empty_field_just_asks_for_a_name() {
        String check = Partials.nameCheck("", BucketName.problems("")).render();
        assertEquals("<div class=\"check bad\"><p data-rule=\"empty\">Enter a bucket name.</p></div>", check);
    }

    @Test
    void a_valid_name_is_confirmed_with_the_advice_that_applies_to_it() {
        String check = Partials.nameCheck("billing.example", List.of()).render();
        assertTrue(check.contains("is a valid bucket name"), check);
        assertTrue(check.contains("Periods are allowed"), check);
        assertFalse(Partials.nameCheck("billing-example", List.of()).render().contains("<ul"));
    }

    @Test
    void a_typed_name_is_escaped_never_markup() {
        String hostile = "<script>alert(1)</script>";
        String check = Partials.nameCheck(hostile, BucketName.problems(hostile)).render();
        assertFalse(check.contains("<script>"), check);
        assertTrue(check.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name is shown, escaped: " + check);
        assertTrue(check.contains("<ul") && check.contains("<li"), "with the rules it breaks: " + check);
        String field = Partials.bucketNameField("\"><img src=x>", BucketName.problems("\"><img src=x>")).render();
        assertFalse(field.contains("<img"), field);
        assertTrue(field.contains("value=\"&quot;&gt;&lt;img src=x&gt;\""), "the value is kept, escaped: " + field);
        assertTrue(field.contains("<input"), field);
    }

    @Test
    void the_name_field_is_labelled_described_and_checked_as_it_is_typed() {
        String field = Partials.bucketNameField("Bad_Name", BucketName.problems("Bad_Name")).render();
        assertTrue(field.contains("<label for=\"bucket\">"), field);
        assertTrue(field.contains("aria-describedby=\"bucket-hint name-check\""), field);
        assertTrue(field.contains("hx-get=\"/step/bucket/check\""), field);
        assertTrue(field.contains("aria-invalid=\"true\""), field);
        assertTrue(field.contains("id=\"name-check\" class=\"name-check\" aria-live=\"polite\""), field);
        assertFalse(Partials.bucketNameField("", null).render().contains("aria-invalid"));
    }

    @Test
    void copy_buttons_stay_hidden_until_the_script_can_make_them_work() {
        String copy = Partials.copyButton("policy-json", "policy").render();
        assertTrue(copy.contains("hidden"), copy);
        assertTrue(copy.contains("data-copy-target=\"policy-json\""), copy);
        assertTrue(copy.contains("id=\"policy-json-copy-status\""), copy);
        assertTrue(copy.contains("type=\"button\""), "a copy button must never submit a form");
    }

    @Test
    void observations_carry_their_kind_for_eyes_and_for_screen_readers() {
        String list = Partials.observations(List.of(
                new ConsoleSummary.Observation(ConsoleSummary.Kind.PROBLEM, "The bucket field holds “X”."))).render();
        assertTrue(list.contains("class=\"seen problem\""), list);
        assertTrue(list.contains("Problem: "), list);
        assertTrue(list.contains("The bucket field holds “X”."), list);
    }

    @Test
    void a_panel_is_a_section_named_by_its_heading() {
        String panel = Partials.panel("policy", "The bucket policy").render();
        assertTrue(panel.startsWith("<section id=\"panel-policy\""), panel);
        assertTrue(panel.contains("aria-labelledby=\"panel-policy-title\""), panel);
        assertTrue(panel.contains("<h2 id=\"panel-policy-title\">The bucket policy</h2>"), panel);
    }
}

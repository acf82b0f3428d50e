package io.billingpilot.guide.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.core.Layout;
import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsoleLabelsTest {
    private final ConsoleLabels labels = ConsoleLabels.shared();

    @Test
    void it_knows_the_three_billing_preferences_layouts() {
        assertEquals(List.of(Layout.A, Layout.B, Layout.C), labels.layouts());
        assertEquals(Layout.billingPreferences(), labels.layouts());
    }

    @Test
    void every_target_is_shown_with_the_first_of_its_labels_in_the_table() throws IOException {
        JsonNode table = rawTable();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> layouts = table.get("layouts").fields(); layouts.hasNext(); ) {
            Map.Entry<String, JsonNode> layout = layouts.next();
            for (Iterator<Map.Entry<String, JsonNode>> targets = layout.getValue().get("targets").fields(); targets.hasNext(); ) {
                Map.Entry<String, JsonNode> target = targets.next();
                assertEquals(target.getValue().get("labels").get(0).asText(), labels.target(Layout.parse(layout.getKey()), target.getKey()));
                checked++;
            }
        }
        assertTrue(checked >= 30, "only " + checked + " targets found");
    }

    @Test
    void layouts_differ_in_section_edit_button_and_dialog() {
        assertNull(labels.section(Layout.A));
        assertNull(labels.editButton(Layout.A));
        assertFalse(labels.hasTarget(Layout.A, "configure-bucket"));
        assertEquals("Detailed billing reports (legacy)", labels.section(Layout.C));
        assertEquals("Edit", labels.editButton(Layout.C));
        assertEquals("Use an existing S3 bucket", labels.dialog(Layout.C, "existingBucket"));
        assertEquals("Select existing bucket", labels.dialog(Layout.B, "existingBucket"));
    }

    @Test
    void the_preferences_page_and_the_status_texts_come_from_the_table() {
        assertEquals("https://console.aws.amazon.com/billing/home#/preferences", labels.preferencesUrl(Layout.A));
        assertEquals(List.of("Valid bucket", "Report delivery: Activated"), labels.statusTexts(Layout.C));
        assertTrue(labels.statusTexts(Layout.A).isEmpty());
        assertEquals("Bucket name", labels.s3BucketNameField());
    }

    @Test
    void asking_for_something_the_table_lacks_names_what_is_missing() {
        IllegalArgumentException layout = assertThrows(IllegalArgumentException.class, () -> labels.title(Layout.S3));
        assertTrue(layout.getMessage().contains("'s3'"), layout.getMessage());
        IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
                () -> labels.target(Layout.A, "configure-bucket"));
        assertTrue(target.getMessage().contains("A.targets.configure-bucket"), target.getMessage());
    }

    @Test
    void a_missing_table_is_a_clear_error() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ConsoleLabels.load("rules/nothing.json"));
        assertTrue(e.getMessage().contains("rules/nothing.json"));
    }

    private static JsonNode rawTable() throws IOException {
        try (InputStream in = ConsoleLabelsTest.class.getClassLoader().getResourceAsStream(ConsoleLabels.RESOURCE)) {
            return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}

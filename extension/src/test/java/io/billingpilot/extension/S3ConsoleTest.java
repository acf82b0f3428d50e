package io.billingpilot.extension;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import io.billingpilot.extension.support.ConsoleTestCase;
import io.billingpilot.extension.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The S3 console's create-bucket page and bucket-policy editor. */
class S3ConsoleTest extends ConsoleTestCase {
    @BeforeEach
    void start() {
        openWithBucket();
    }

    @Test
    void the_create_bucket_page_gets_the_bucket_name_filled_in_and_reported() {
        tab.open(Fixtures.S3_CREATE_BUCKET_URL);
        Locator field = tab.awaitTarget("bucket-name");
        assertThat(field).hasValue(BUCKET);
        assertThat(field).hasAttribute("placeholder", "myawsbucket");
        tab.page().waitForFunction("() => window.fixture.seen.some(s => s.value === 'metricly-example')");
        assertThat(tab.target("save")).containsText("Create bucket");
        JsonNode console = server.awaitConsole(seen -> BUCKET.equals(seen.path("bucketField").asText()), Duration.ofSeconds(5));
        assertEquals("s3", console.get("layout").asText());
    }

    @Test
    void the_bucket_policy_editor_is_highlighted_and_billing_pilots_policy_is_offered() {
        tab.open(Fixtures.S3_BUCKET_POLICY_URL);
        Locator editor = tab.page().locator("#app textarea");
        editor.waitFor();
        Locator ring = tab.overlay("highlight");
        assertThat(ring).isVisible();
        BoundingBox ringBox = ring.boundingBox();
        BoundingBox editorBox = editor.boundingBox();
        assertTrue(ringBox.x <= editorBox.x && ringBox.y <= editorBox.y
                && ringBox.x + ringBox.width >= editorBox.x + editorBox.width, "the ring covers the editor");
        assertThat(tab.overlay("policy")).containsText("arn:aws:s3:::metricly-example/*");
        assertThat(tab.overlay("copy-policy")).isVisible();
        assertThat(tab.target("save")).containsText("Save changes");
        String note = tab.overlay("policy-note").textContent();
        if (note.startsWith("Merged")) {
            assertThat(tab.overlay("policy")).containsText("DenyInsecure");
        }
        assertEquals("", editor.evaluate("e => e.getAttribute('data-billing-pilot-target') || ''"),
                "the editor is followed but carries no contract target name");
    }
}

package io.billingpilot.guide.view;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.core.AccountId;
import io.billingpilot.core.Layout;
import io.billingpilot.core.ReportType;
import io.billingpilot.guide.PageModels;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.CreateStep;
import io.billingpilot.json.Json;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.Situation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Console labels come from rules/console-labels.json alone: a view that writes one (a
 * relabelled console would then be fixed in two places) fails here. Every label the pages show
 * as a console control ({@link Partials#ui}) must be one of the table's, on every page and in
 * every layout; and no view hands a string literal to {@code ui(...)}.
 */
class NoConsoleLabelInViewsTest {
    private static final Path VIEWS = Path.of("src/main/java/io/billingpilot/guide/view");
    private static final Pattern UI_LITERAL = Pattern.compile("\\bui\\(\\s*\"");
    private static final Pattern SHOWN = Pattern.compile("<strong class=\"ui\">([^<]*)</strong>");
    /** Keys whose values are the table's own words, not the console's. */
    private static final Set<String> NOT_LABELS = Set.of("about", "title", "source", "routes", "kind", "key", "target",
            "layout", "console");
    /** The monitoring tool's own screen, whose labels are the tool's, not the AWS console's. */
    private static final Set<String> TOOL_VIEWS = Set.of("MonitoringView.java");
    private static final ConsoleLabels LABELS = ConsoleLabels.shared();
    private static final SessionState BUCKET = SessionState.EMPTY.withBucket("metricly-example")
            .withAccount(AccountId.of("123456789012"));

    @Test
    void every_console_control_the_pages_name_is_a_label_of_the_table() {
        Set<String> labels = tableLabels();
        List<String> pages = new ArrayList<>();
        pages.add(BucketView.render(PageModels.bucket(SessionState.EMPTY.withSituation(Situation.NEW_BUCKET),
                "metricly-example", null, CreateStep.NONE), LABELS).render());
        for (Layout layout : Layout.billingPreferences()) {
            pages.add(ReportsView.render(PageModels.reports(BUCKET.withLayout(layout), LABELS), LABELS).render());
        }
        for (ReportType report : ReportType.values()) {
            pages.add(ReportsView.render(PageModels.reports(BUCKET.withReport(report), LABELS), LABELS).render());
        }
        for (ReportType report : List.of(ReportType.CUR, ReportType.DATA_EXPORTS)) {
            pages.add(ExportReportsView.render(PageModels.reports(BUCKET.withReport(report), LABELS),
                    ExportNamingView.Check.unchecked("cur2-hourly", "billing"), LABELS).render());
        }
        List<String> unknown = new ArrayList<>();
        int shown = 0;
        for (String page : pages) {
            Matcher ui = SHOWN.matcher(page);
            while (ui.find()) {
                shown++;
                String label = ui.group(1).replace("&amp;", "&").replace("&#x27;", "'").replace("&quot;", "\"");
                if (!labels.contains(label)) {
                    unknown.add(label);
                }
            }
        }
        assertTrue(shown > 50, "console labels shown: " + shown);
        assertEquals(List.of(), unknown);
    }

    @Test
    void no_view_hands_a_string_literal_to_ui() throws IOException {
        List<String> written = new ArrayList<>();
        try (Stream<Path> files = Files.list(VIEWS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = file.getFileName().toString();
                if (!TOOL_VIEWS.contains(name) && UI_LITERAL.matcher(Files.readString(file)).find()) {
                    written.add(name);
                }
            }
        }
        assertEquals(List.of(), written);
    }

    @Test
    void the_source_check_finds_a_literal_label() {
        assertTrue(UI_LITERAL.matcher("text(\"Open it and choose \"), Partials.ui(\"Create bucket\"), text(\".\")").find());
        assertFalse(UI_LITERAL.matcher("Partials.ui(labels.s3CreateBucketButton())").find());
    }

    private static Set<String> tableLabels() {
        Set<String> labels = new TreeSet<>();
        collect(table(), null, labels);
        return labels;
    }

    private static void collect(JsonNode node, String key, Set<String> labels) {
        if (key != null && NOT_LABELS.contains(key)) {
            return;
        }
        if (node.isTextual()) {
            labels.add(node.textValue());
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, key, labels));
        } else if (node.isObject()) {
            // A dialog's title is the heading the console shows, unlike a page's title in the table.
            node.fields().forEachRemaining(field -> collect(field.getValue(),
                    "dialog".equals(key) && "title".equals(field.getKey()) ? "dialog title" : field.getKey(), labels));
        }
    }

    private static JsonNode table() {
        try (InputStream in = ConsoleLabels.class.getClassLoader().getResourceAsStream(ConsoleLabels.RESOURCE)) {
            return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

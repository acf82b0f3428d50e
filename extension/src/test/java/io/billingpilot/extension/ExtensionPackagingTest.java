package io.billingpilot.extension;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.extension.support.ExtensionFiles;
import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the extension ships: its manifest, its scripts, its label table. No browser needed. */
class ExtensionPackagingTest {
    private static final List<String> CODE_FOLDERS = List.of("background", "content", "options", "popup", "shared");
    /** DOM written from markup strings: the extension builds DOM with createElement and textContent only. */
    private static final Pattern MARKUP_SINKS = Pattern.compile(
            "\\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|DOMParser|srcdoc)\\b|document\\.write(ln)?\\s*\\(");
    /** A string literal that opens an HTML tag, e.g. '<div' or `<span class=`. */
    /** Split so that this file does not match itself. */
    private static final String PRIVATE_KEY_HEADER = "PRIVATE" + " KEY-----";
    private static final Pattern MARKUP_STRING = Pattern.compile("['\"`]\\s*</?[a-zA-Z][a-zA-Z0-9-]*[\\s>/]");

    private static List<Path> scripts() throws IOException {
        List<Path> scripts = new ArrayList<>();
        for (String folder : CODE_FOLDERS) {
            try (Stream<Path> files = Files.walk(ExtensionFiles.sources().resolve(folder))) {
                files.filter(file -> file.toString().endsWith(".js")).sorted().forEach(scripts::add);
            }
        }
        return scripts;
    }

    @Test
    void no_extension_script_writes_markup_or_builds_html_from_strings() throws IOException {
        List<String> findings = new ArrayList<>();
        List<Path> scripts = scripts();
        assertTrue(scripts.size() > 20, "the scan sees the extension's scripts");
        for (Path script : scripts) {
            List<String> lines = Files.readAllLines(script);
            for (int i = 0; i < lines.size(); i++) {
                for (Pattern pattern : List.of(MARKUP_SINKS, MARKUP_STRING)) {
                    Matcher matcher = pattern.matcher(lines.get(i));
                    if (matcher.find()) {
                        findings.add(ExtensionFiles.sources().relativize(script) + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertEquals(List.of(), findings);
    }

    @Test
    void the_scan_for_markup_recognises_what_it_forbids() {
        for (String line : List.of("el.innerHTML = x;", "node.outerHTML", "p.insertAdjacentHTML('beforeend', s)",
                "document.write(s)", "const html = '<div class=\"a\">' + text;", "return `<span>${x}</span>`;")) {
            assertTrue(MARKUP_SINKS.matcher(line).find() || MARKUP_STRING.matcher(line).find(), line);
        }
        for (String line : List.of("if (a < b) {", "const text = 'less <than> nothing';", "x.textContent = 'a < b';")) {
            assertTrue(!MARKUP_SINKS.matcher(line).find() && !MARKUP_STRING.matcher(line).find(), line);
        }
    }

    @Test
    void the_manifest_asks_only_for_storage_and_the_loopback_server() {
        JsonNode manifest = ExtensionFiles.manifest();
        assertEquals(3, manifest.get("manifest_version").asInt());
        assertEquals(List.of("storage"), strings(manifest.get("permissions")));
        assertEquals(List.of("http://127.0.0.1/*", "http://localhost/*"), strings(manifest.get("host_permissions")));
        assertTrue(manifest.path("optional_permissions").isMissingNode());
        Set<String> matches = new TreeSet<>();
        manifest.get("content_scripts").forEach(entry -> matches.addAll(strings(entry.get("matches"))));
        assertEquals(Set.of("https://console.aws.amazon.com/billing/*", "https://*.console.aws.amazon.com/billing/*",
                "https://console.aws.amazon.com/costmanagement/*", "https://*.console.aws.amazon.com/costmanagement/*",
                "https://*.console.aws.amazon.com/s3/*", "https://s3.console.aws.amazon.com/s3/*"), matches);
    }

    @Test
    void the_manifest_loads_in_chromium_and_firefox() {
        JsonNode manifest = ExtensionFiles.manifest();
        JsonNode background = manifest.get("background");
        assertEquals("background/service-worker.js", background.get("service_worker").asText());
        assertTrue(strings(background.get("scripts")).contains("background/service-worker.js"));
        assertTrue(manifest.path("browser_specific_settings").path("gecko").path("id").asText().contains("@"));
        assertEquals(32, ExtensionFiles.id().length());
    }

    @Test
    void every_content_script_in_the_folder_is_loaded_by_the_manifest_and_every_listed_file_exists() throws IOException {
        JsonNode manifest = ExtensionFiles.manifest();
        Set<String> listed = new TreeSet<>(strings(manifest.get("content_scripts").get(0).get("js")));
        listed.addAll(strings(manifest.get("background").get("scripts")));
        for (String file : listed) {
            assertTrue(Files.isRegularFile(ExtensionFiles.sources().resolve(file)), file);
        }
        for (Path script : scripts()) {
            String name = ExtensionFiles.sources().relativize(script).toString().replace('\\', '/');
            if (name.startsWith("content/")) {
                assertTrue(listed.contains(name), name + " is not loaded by the manifest");
            }
        }
    }

    @Test
    void no_private_key_is_kept_with_the_extension() throws IOException {
        try (Stream<Path> files = Files.walk(ExtensionFiles.sources())) {
            List<Path> keys = files.filter(Files::isRegularFile)
                    .filter(file -> !file.toString().contains("/target/") && !file.toString().contains("/node_modules/"))
                    .filter(file -> file.toString().endsWith(".pem") || contains(file, PRIVATE_KEY_HEADER))
                    .toList();
            assertEquals(List.of(), keys);
        }
    }

    @Test
    void the_label_table_keeps_the_shape_the_server_reads() throws IOException {
        JsonNode table = Json.parse(Files.readString(ExtensionFiles.sources().resolve("rules/console-labels.json")));
        for (String layout : List.of("A", "B", "C")) {
            JsonNode entry = table.get("layouts").get(layout);
            assertTrue(entry.get("title").isTextual(), layout);
            assertTrue(entry.has("section"), layout);
            entry.get("targets").forEach(target -> {
                assertTrue(target.get("kind").isTextual());
                assertTrue(target.get("labels").size() > 0);
            });
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.size(file) < 1_000_000 && Files.readString(file).contains(text);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}

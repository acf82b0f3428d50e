package io.billingpilot.core;

import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramVersionTest {
    @Test
    void the_extension_s_manifest_names_the_program_s_version() throws IOException {
        // Tests run in the server module's folder; the extension is its sibling.
        Path manifest = Path.of("..", "extension", "manifest.json");
        String extension = Json.parse(Files.readString(manifest)).get("version").asText();
        assertEquals(ProgramVersion.current(), extension,
                "extension/manifest.json's version must equal the pom's (the guide compares them)");
    }

    @Test
    void the_version_comes_from_the_build_not_a_placeholder() {
        assertTrue(ProgramVersion.current().matches("\\d+(\\.\\d+)*(-.+)?"), ProgramVersion.current());
    }

    @Test
    void versions_compare_as_numbers_part_by_part() {
        assertTrue(ProgramVersion.compare("0.9.1", "0.10.0") < 0);
        assertTrue(ProgramVersion.compare("1.0", "0.99.99") > 0);
        assertEquals(0, ProgramVersion.compare("0.1", "0.1.0"));
        assertEquals(0, ProgramVersion.compare("0.1.0", "0.1.0"));
    }
}

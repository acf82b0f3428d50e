package io.billingpilot.cli;

import io.billingpilot.overlay.ExtensionFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The line 'serve' prints next to the guide's URL: the extension folder to load, or how to get it. */
class ServeExtensionLineTest {
    @TempDir
    Path temp;

    @Test
    void a_staged_folder_is_printed_as_an_absolute_path() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("billing-pilot-extension"));
        Files.writeString(folder.resolve("manifest.json"), "{}");
        assertEquals("Console overlay (browser extension) to load: " + folder.toAbsolutePath(),
                ServeCommand.extensionLine(ExtensionFolder.at(folder)));
    }

    @Test
    void a_folder_without_a_manifest_is_not_offered_for_loading() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("empty"));
        String line = ServeCommand.extensionLine(ExtensionFolder.at(folder));
        assertTrue(line.startsWith("Console overlay (browser extension): not built yet at " + folder.toAbsolutePath()), line);
        assertTrue(line.contains(ExtensionFolder.STAGE_COMMAND), line);
    }

    @Test
    void outside_the_source_folder_it_says_where_scripts_run_stages_it() {
        String line = ServeCommand.extensionLine(ExtensionFolder.at(null));
        assertTrue(line.contains(ExtensionFolder.STAGED), line);
    }

    @Test
    void the_program_finds_the_staged_folder_of_the_source_folder_it_was_built_in() {
        ExtensionFolder found = ExtensionFolder.besideProgram();
        assertTrue(found.known());
        assertEquals(Path.of("..").toAbsolutePath().normalize().resolve(ExtensionFolder.STAGED), found.dir());
    }
}

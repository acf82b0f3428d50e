package io.billingpilot.overlay;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the loadable (unpacked) extension is staged: {@code extension/target/billing-pilot-extension}
 * in billing-pilot's source folder. {@code scripts/run} stages it and names it with
 * {@code serve --extension-dir}; without that, the folder is looked for next to the running program.
 *
 * @param dir the folder (absolute), or null when the program runs outside billing-pilot's source folder
 */
public record ExtensionFolder(Path dir) {
    /** Relative to billing-pilot's source folder. */
    public static final String STAGED = "extension/target/billing-pilot-extension";
    /** What stages the folder from the sources, run in billing-pilot's folder (also done by scripts/run). */
    public static final String STAGE_COMMAND = "scripts/stage-extension";

    public ExtensionFolder {
        dir = dir == null ? null : dir.toAbsolutePath().normalize();
    }

    public static ExtensionFolder at(Path dir) {
        return new ExtensionFolder(dir);
    }

    /**
     * The staged folder of the source folder the program was built in: the program is
     * {@code server/target/billing-pilot.jar} (or {@code server/target/classes}), three levels
     * under it. Null dir when that place is not billing-pilot's source folder.
     */
    public static ExtensionFolder besideProgram() {
        try {
            Path program = Path.of(ExtensionFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = program.getParent() == null ? null : program.getParent().getParent();
            root = root == null ? null : root.getParent();
            if (root != null && Files.isRegularFile(root.resolve("extension/manifest.json"))) {
                return new ExtensionFolder(root.resolve(STAGED));
            }
        } catch (URISyntaxException | RuntimeException e) {
            // No usable location (an unusual class loader): the guide then explains where to find the folder.
        }
        return new ExtensionFolder(null);
    }

    public boolean known() {
        return dir != null;
    }

    /** Whether the folder is there and loadable: it holds the manifest. */
    public boolean ready() {
        return dir != null && Files.isRegularFile(manifest());
    }

    /** The manifest Firefox asks for when loading a temporary add-on. */
    public Path manifest() {
        return dir == null ? null : dir.resolve("manifest.json");
    }
}

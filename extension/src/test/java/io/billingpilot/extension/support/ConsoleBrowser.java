package io.billingpilot.extension.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The machine's Chromium under Playwright, with the unpacked extension loaded. Create one per test
 * class (starting Playwright costs about a second); each {@link #open} is a fresh browser profile.
 */
public final class ConsoleBrowser implements AutoCloseable {
    /** Flags that keep Chromium from reaching for the network at start-up on a closed machine. */
    private static final List<String> QUIET_FLAGS = List.of("--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic", "--disable-gpu");

    private final Playwright playwright = Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));

    public static Path executable() {
        String configured = System.getenv("BILLING_PILOT_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (String candidate : List.of("/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("Chromium not found: run scripts/ensure-test-tools (or set BILLING_PILOT_CHROMIUM).");
    }

    /** A new profile with the extension, pointed at this server. */
    public ConsoleTab open(LocalServer server) {
        return open(server.url(), true);
    }

    /** A new profile pointed at serverUrl, with or without the extension (for baseline measurements). */
    public ConsoleTab open(String serverUrl, boolean withExtension) {
        try {
            Path profile = Files.createTempDirectory("billing-pilot-profile");
            List<String> args = new ArrayList<>(QUIET_FLAGS);
            if (withExtension) {
                String dir = ExtensionFiles.unpacked().toString();
                args.add("--disable-extensions-except=" + dir);
                args.add("--load-extension=" + dir);
            }
            BrowserContext context = playwright.chromium().launchPersistentContext(profile,
                    new BrowserType.LaunchPersistentContextOptions()
                            .setExecutablePath(executable())
                            .setHeadless(true)
                            .setArgs(args)
                            .setViewportSize(1280, 900));
            return new ConsoleTab(context, profile, serverUrl, withExtension);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        playwright.close();
    }
}

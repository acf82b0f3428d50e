package io.billingpilot.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The machine's Chromium under Playwright (Playwright cannot download its own browser here).
 * Create one per test class: starting Playwright costs about a second.
 */
public final class Chromium {
    /** Flags that keep Chromium from reaching for the network at start-up on a closed machine. */
    public static final List<String> QUIET_FLAGS = List.of("--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic", "--disable-gpu");

    private Chromium() {
    }

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

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable())
                .setHeadless(true)
                .setArgs(QUIET_FLAGS));
    }
}

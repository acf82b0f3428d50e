package io.billingpilot.extension.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import io.billingpilot.support.Chromium;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The machine's Chromium under Playwright, with the unpacked extension loaded. Create one per test
 * class (starting Playwright costs about a second); each {@link #open} is a fresh browser profile.
 */
public final class ConsoleBrowser implements AutoCloseable {
    private final Playwright playwright = Chromium.playwright();

    /** A new profile with the extension, pointed at this server. */
    public ConsoleTab open(LocalServer server) {
        return open(server.url(), true);
    }

    /** A new profile pointed at serverUrl, with or without the extension (for baseline measurements). */
    public ConsoleTab open(String serverUrl, boolean withExtension) {
        return open(serverUrl, withExtension ? ExtensionFiles.unpacked() : null);
    }

    /** A new profile pointed at serverUrl, with the unpacked extension in this folder (none when null). */
    public ConsoleTab open(String serverUrl, Path extension) {
        boolean withExtension = extension != null;
        try {
            Path profile = Files.createTempDirectory("billing-pilot-profile");
            List<String> args = new ArrayList<>(Chromium.QUIET_FLAGS);
            if (withExtension) {
                String dir = extension.toString();
                args.add("--disable-extensions-except=" + dir);
                args.add("--load-extension=" + dir);
            }
            BrowserContext context = playwright.chromium().launchPersistentContext(profile,
                    new BrowserType.LaunchPersistentContextOptions()
                            .setExecutablePath(Chromium.executable())
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

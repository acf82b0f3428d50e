package io.billingpilot.extension.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.billingpilot.json.Json;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * One browser profile with the extension, whose requests to the AWS console are answered with
 * the fixture pages, so the content script runs at the real console URLs. Collects every error
 * thrown into the page and every console error or extension warning.
 */
public final class ConsoleTab implements AutoCloseable {
    private final BrowserContext context;
    private final Path profile;
    private final Page page;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Map<String, Object> fixtureOptions = new LinkedHashMap<>();
    private String billingFixture = Fixtures.layout("A");

    ConsoleTab(BrowserContext context, Path profile, String serverUrl, boolean withExtension) {
        this.context = context;
        this.profile = profile;
        context.route("https://*.console.aws.amazon.com/**", this::serve);
        context.route("https://console.aws.amazon.com/**", this::serve);
        if (withExtension) {
            useServer(serverUrl);
        }
        this.page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
        watch(page);
    }

    private void watch(Page watched) {
        watched.onPageError(error -> problems.add("page error: " + error));
        watched.onConsoleMessage(message -> {
            boolean error = "error".equals(message.type());
            boolean ours = message.text().contains("billing-pilot");
            if (error || ours) {
                problems.add("console " + message.type() + ": " + message.text());
            }
        });
    }

    /** Sets the extension's server URL through its options page, as a person would. */
    public void useServer(String serverUrl) {
        Page options = context.newPage();
        options.navigate(ExtensionFiles.url("options/options.html"));
        options.locator("#server-url").fill(serverUrl);
        options.locator("button[type=submit]").click();
        options.locator("#message").filter(new Locator.FilterOptions().setHasText("Saved: the extension talks to " + serverUrl)).waitFor();
        options.close();
    }

    public ConsoleTab fixtureOption(String name, Object value) {
        fixtureOptions.put(name, value);
        return this;
    }

    /** Opens Billing Preferences, served with the given layout's fixture page. */
    public ConsoleTab openBilling(String layout) {
        billingFixture = Fixtures.layout(layout);
        page.navigate(Fixtures.BILLING_URL);
        return this;
    }

    public ConsoleTab openBillingFixture(String fixture) {
        billingFixture = fixture;
        page.navigate(Fixtures.BILLING_URL);
        return this;
    }

    /** Opens the legacy Cost & Usage Reports create page (a Billing console route). */
    public ConsoleTab openCurCreate() {
        return openBillingFixture(Fixtures.CUR_CREATE, Fixtures.CUR_CREATE_URL);
    }

    /** Opens a Billing console URL (any hash route) served with the given fixture. */
    public ConsoleTab openBillingFixture(String fixture, String url) {
        billingFixture = fixture;
        page.navigate(url);
        return this;
    }

    public ConsoleTab open(String url) {
        page.navigate(url);
        return this;
    }

    private void serve(Route route) {
        String path = URI.create(route.request().url()).getPath();
        if (path.equals("/__fixtures/console-kit.js")) {
            script(route, optionsScript() + Fixtures.read("console-kit.js"));
        } else if (path.equals("/__fixtures/options.js")) {
            script(route, optionsScript());
        } else if (path.startsWith("/billing")) {
            html(route, billingFixture);
        } else if (path.startsWith("/costmanagement")) {
            html(route, Fixtures.DATA_EXPORTS);
        } else if (path.startsWith("/s3/bucket/create")) {
            html(route, Fixtures.S3_CREATE_BUCKET);
        } else if (path.endsWith("/property/policy/edit")) {
            html(route, Fixtures.S3_BUCKET_POLICY);
        } else {
            route.fulfill(new Route.FulfillOptions().setStatus(204));
        }
    }

    /** The scenario the fixture page plays (see fixtureOption), as the pages read it. */
    private String optionsScript() {
        return "window.FIXTURE_OPTIONS = " + Json.compact(fixtureOptions) + ";\n";
    }

    private static void script(Route route, String body) {
        route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/javascript").setBody(body));
    }

    private static void html(Route route, String fixture) {
        route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("text/html; charset=utf-8")
                .setBody(Fixtures.read(fixture)));
    }

    public Page page() {
        return page;
    }

    public BrowserContext context() {
        return context;
    }

    /** The page element marked with data-billing-pilot-target=name. */
    public Locator target(String name) {
        return page.locator("[data-billing-pilot-target='" + name + "']");
    }

    /** A part of the overlay panel (data-part=name), inside its open shadow root. */
    public Locator overlay(String part) {
        return page.locator("#billing-pilot-overlay [data-part='" + part + "']");
    }

    public Locator awaitTarget(String name) {
        Locator target = target(name);
        target.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED).setTimeout(10_000));
        return target;
    }

    /** Clicks the element the guide marked with this target name. */
    public void click(String name) {
        awaitTarget(name).click();
    }

    public Object eval(String script) {
        return page.evaluate(script);
    }

    /** Errors thrown into the page, console errors, and anything billing-pilot logged. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() {
        context.close();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}

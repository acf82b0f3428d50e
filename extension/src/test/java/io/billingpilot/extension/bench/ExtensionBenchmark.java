package io.billingpilot.extension.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import io.billingpilot.extension.support.ConsoleBrowser;
import io.billingpilot.extension.support.ConsoleTab;
import io.billingpilot.extension.support.Fixtures;
import io.billingpilot.extension.support.LocalServer;
import io.billingpilot.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Prints what the content script costs on console-like pages of 20,000 elements with a steady
 * stream of DOM changes: layout A (fixtures/bench-console.html) and the Cloudscape-rendered Data
 * Exports and legacy CUR create pages in their bench scenario. Not a timed test: it prints figures and
 * asserts nothing about them. Run it with scripts/bench-extension.
 * <ul>
 *   <li>main-thread time the content script spends per second, from its own measurements
 *       (behind the page's data-billing-pilot-debug flag), and cross-checked with Chromium's
 *       ScriptDuration metric for the page with the extension and the same page in a browser
 *       without it, measured side by side over the same window;</li>
 *   <li>the time from the current step's element appearing to the highlight being placed on it;</li>
 *   <li>the longest calls into the extension, from its own measurements (wall time) and from
 *       Chromium's trace (thread time, with the work the browser did inside them).</li>
 * </ul>
 */
@EnabledIfSystemProperty(named = "billingPilot.bench", matches = "true")
class ExtensionBenchmark {
    private static final int WINDOW_MS = 10_000;
    private static final int TRIALS = 30;

    /** A page the benchmark measures: how to open it, and the current step's target on it. */
    private record BenchPage(String id, String name, Consumer<ConsoleTab> opener, String target, String settled) {
    }

    private static final List<BenchPage> PAGES = List.of(
            new BenchPage("billing-a", "Billing preferences, layout A (bench-console.html)",
                    tab -> tab.fixtureOption("renderDelayMs", 200).openBillingFixture("bench-console.html"), "enable-reports", "save"),
            new BenchPage("data-exports-create", "Data Exports, create (Cloudscape, bench scenario)",
                    tab -> tab.fixtureOption("renderDelayMs", 200).fixtureOption("bench", true).open(Fixtures.DATA_EXPORTS_CREATE_URL),
                    "export-name", "create-export"),
            new BenchPage("cur-create", "Cost & Usage Reports, create (Cloudscape, bench scenario)",
                    tab -> tab.fixtureOption("renderDelayMs", 200).fixtureOption("bench", true).openCurCreate(), "export-name",
                    "export-name"));

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void measure() throws IOException {
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "load average at start: %s", loadAverage()));
        try (ConsoleBrowser browser = new ConsoleBrowser(); LocalServer server = LocalServer.withBucket("metricly-example")) {
            // -DbillingPilot.benchPages=data-exports-create,cur-create measures only those pages.
            List<String> only = List.of(System.getProperty("billingPilot.benchPages", "").split(","));
            for (BenchPage benchPage : PAGES) {
                if (!only.equals(List.of("")) && !only.contains(benchPage.id())) {
                    continue;
                }
                report.add("");
                report.add("== " + benchPage.name());
                measure(browser, server, benchPage, report);
            }
        }
        String text = String.join(System.lineSeparator(), report) + System.lineSeparator();
        System.out.print(text);
        Files.writeString(Path.of("target", "bench-extension.txt"), text);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void measure(ConsoleBrowser browser, LocalServer server, BenchPage benchPage, List<String> report) {
        try (ConsoleTab tab = browser.open(server)) {
            CallbackTrace trace = CallbackTrace.start(tab.page());
            open(tab, benchPage);
            tab.awaitTarget(benchPage.target());
            // The steady state is measured once the first look at the whole page is over (its
            // longest callback is reported below).
            tab.page().waitForFunction("() => bench.stats().wholeLooks > 0");
            tab.awaitTarget(benchPage.settled());
            Page page = tab.page();
            JsonNode before = stats(page);
            page.waitForTimeout(WINDOW_MS);
            JsonNode after = stats(page);
            long elements = ((Number) page.evaluate("bench.elements()")).longValue();
            double sampled = sampledExtensionMsPerSecond(page);
            double busyPerSecond = (after.get("busyMs").asDouble() - before.get("busyMs").asDouble())
                    / (after.get("at").asDouble() - before.get("at").asDouble()) * 1000;
            List<Latency> trials = highlightLatencies(page);
            List<Double> latencies = trials.stream().map(Latency::ring).toList();
            List<Double> laidOut = trials.stream().map(Latency::laidOut).toList();
            double frame = medianFrameMs(page);
            JsonNode sinceLoad = stats(page);
            List<CallbackTrace.Call> traced = trace.stop();
            double longestThreadMs = traced.isEmpty() ? 0 : traced.get(0).threadMs();
            // Last, all script with and without the extension over the same window, the same page
            // open in a browser without it alongside: a load that comes and goes hits both alike.
            // (The second browser starting up would lengthen the callbacks counted above.)
            double[] scriptWithAndWithout;
            try (ConsoleTab without = browser.open(server.url(), false)) {
                open(without, benchPage);
                scriptWithAndWithout = scriptMsPerSecond(page, without.page());
            }
            double scriptWith = scriptWithAndWithout[0];
            double scriptWithout = scriptWithAndWithout[1];
            report.add(String.format(Locale.ROOT, "page: %d elements, 5 table rows replaced every 20 ms, a clock every 100 ms", elements));
            report.add(String.format(Locale.ROOT, "content script main-thread time: %.2f ms per second (own measurement over %d s; target < 2)",
                    busyPerSecond, WINDOW_MS / 1000));
            report.add(String.format(Locale.ROOT, "content script main-thread time, sampled by Chromium's CPU profiler: %.2f ms per second"
                    + " (the extension's functions and the DOM calls they make, over %d s)", sampled, WINDOW_MS / 1000));
            report.add(String.format(Locale.ROOT, "all script on the page (Chromium ScriptDuration): %.2f ms/s with the extension, %.2f ms/s without;"
                    + " difference %.2f ms/s (target < 3)", scriptWith, scriptWithout, scriptWith - scriptWithout));
            report.add(String.format(Locale.ROOT, "appearance to highlight over %d trials: median %.1f ms, p90 %.1f ms, max %.1f ms (target: p90 < 50)",
                    latencies.size(), percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 100)));
            report.add(String.format(Locale.ROOT, "the element's own first layout after its appearance (the page's ResizeObserver): median %.1f ms, p90 %.1f ms;"
                    + " the ring drawn in that same frame in %d of %d trials", percentile(laidOut, 50), percentile(laidOut, 90),
                    sameFrame(trials), trials.size()));
            report.add(String.format(Locale.ROOT, "the page's own frame interval meanwhile: median %.1f ms (a highlight waits for the next frame's layout)", frame));
            report.add("busiest callbacks during the window: " + busiest(before, after));
            report.add("longest single callback since load (the first look at the whole page included; target < 16 ms): " + longest(sinceLoad));
            report.add("longest callback of each kind since load (a frame's or a timer's includes the ones it ran): " + longestByContext(sinceLoad));
            report.add("the longest callbacks since load (what ran, how long, when it ended in ms since the page started): "
                    + longestCalls(sinceLoad));
            report.add(String.format(Locale.ROOT, "the longest calls into the extension by thread time since load (Chromium's trace, %d calls;"
                    + " thread time leaves out the waits of a preempted thread that wall time holds): %s",
                    traced.size(), trace.longest(traced, 5)));
            report.add("problems seen in the page: " + tab.problems().size());
            report.add("the four figures of the content-script budget:");
            report.add(String.format(Locale.ROOT, "  all script with minus without:  %6.2f ms/s (budget < 3)", scriptWith - scriptWithout));
            report.add(String.format(Locale.ROOT, "  the content script's own time:  %6.2f ms/s (budget < 2)", busyPerSecond));
            report.add(String.format(Locale.ROOT, "  longest single callback:        %6.1f ms   (budget <= 16, the first look at the page included;"
                    + " wall time, own measurement)", longestMs(sinceLoad)));
            report.add(String.format(Locale.ROOT, "    the same in thread time:      %6.1f ms   (Chromium's trace)", longestThreadMs));
            report.add(String.format(Locale.ROOT, "    less the page's garbage collections in it: %.1f ms", trace.longestLessGc(traced)));
            report.add(String.format(Locale.ROOT, "  appearance to highlight, p90:   %6.1f ms   (budget < 50)", percentile(latencies, 90)));
        }
    }

    private static void open(ConsoleTab tab, BenchPage benchPage) {
        benchPage.opener().accept(tab);
        tab.page().waitForFunction("() => window.fixture && window.fixture.mounted() && window.bench");
        tab.page().evaluate("bench.startStream()");
        tab.page().waitForTimeout(1000);
    }

    /** The content script's callbacks that took the most time between two stats readings. */
    private static String busiest(JsonNode before, JsonNode after) {
        List<String> lines = new ArrayList<>();
        after.get("byContext").properties().forEach(entry -> {
            JsonNode earlier = before.path("byContext").path(entry.getKey());
            double ms = entry.getValue().get("ms").asDouble() - earlier.path("ms").asDouble(0);
            int calls = entry.getValue().get("calls").asInt() - earlier.path("calls").asInt(0);
            if (calls > 0) {
                lines.add(String.format(Locale.ROOT, "%s %.1f ms in %d calls", entry.getKey(), ms, calls));
            }
        });
        lines.sort((a, b) -> Double.compare(msOf(b), msOf(a)));
        return String.join("; ", lines.subList(0, Math.min(6, lines.size())));
    }

    private static String longest(JsonNode stats) {
        String[] worst = {"none", "0"};
        stats.get("byContext").properties().forEach(entry -> {
            double max = entry.getValue().get("maxMs").asDouble();
            if (max > Double.parseDouble(worst[1])) {
                worst[0] = entry.getKey();
                worst[1] = Double.toString(max);
            }
        });
        return String.format(Locale.ROOT, "%.1f ms (%s)", Double.parseDouble(worst[1]), worst[0]);
    }

    private static String longestByContext(JsonNode stats) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>();
        stats.get("byContext").properties().forEach(entry -> entries.add(Map.entry(entry.getKey(), entry.getValue().get("maxMs").asDouble())));
        entries.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Double> entry : entries.subList(0, Math.min(16, entries.size()))) {
            parts.add(String.format(Locale.ROOT, "%s %.1f ms", entry.getKey(), entry.getValue()));
        }
        return String.join("; ", parts);
    }

    private static String longestCalls(JsonNode stats) {
        List<String> parts = new ArrayList<>();
        for (JsonNode call : stats.path("longest")) {
            parts.add(String.format(Locale.ROOT, "%s %.1f ms at %d", call.get("context").asText(), call.get("ms").asDouble(), call.get("at").asLong()));
        }
        return String.join("; ", parts);
    }

    private static double longestMs(JsonNode stats) {
        double[] worst = {0};
        stats.get("byContext").properties().forEach(entry -> worst[0] = Math.max(worst[0], entry.getValue().get("maxMs").asDouble()));
        return worst[0];
    }

    private static double msOf(String line) {
        String[] words = line.split(" ");
        return Double.parseDouble(words[words.length - 5]);
    }

    private static JsonNode stats(Page page) {
        return Json.parse(Json.compact(page.evaluate("bench.stats()")));
    }

    /** Script time (thread time) on each page's main thread, per second of the same WINDOW_MS window (CDP Performance metrics). */
    private static double[] scriptMsPerSecond(Page... pages) {
        List<CDPSession> sessions = new ArrayList<>();
        for (Page page : pages) {
            CDPSession cdp = page.context().newCDPSession(page);
            // Thread time, not wall time: a renderer the machine's other work preempts is not charged for the wait.
            JsonObject threadTime = new JsonObject();
            threadTime.addProperty("timeDomain", "threadTicks");
            cdp.send("Performance.enable", threadTime);
            sessions.add(cdp);
        }
        double[][] start = new double[pages.length][];
        for (int i = 0; i < pages.length; i++) {
            start[i] = new double[] {metric(sessions.get(i), "ScriptDuration"), metric(sessions.get(i), "Timestamp")};
        }
        pages[0].waitForTimeout(WINDOW_MS);
        double[] perSecond = new double[pages.length];
        for (int i = 0; i < pages.length; i++) {
            double script = metric(sessions.get(i), "ScriptDuration") - start[i][0];
            double elapsed = metric(sessions.get(i), "Timestamp") - start[i][1];
            perSecond[i] = script / elapsed * 1000;
            sessions.get(i).detach();
        }
        return perSecond;
    }

    /**
     * CPU-profiler samples whose stack holds a function of the extension (so DOM calls made by the
     * extension count too), as milliseconds per second of a WINDOW_MS window.
     */
    private static double sampledExtensionMsPerSecond(Page page) {
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("Profiler.enable");
        JsonObject interval = new JsonObject();
        interval.addProperty("interval", 100);
        cdp.send("Profiler.setSamplingInterval", interval);
        cdp.send("Profiler.start");
        page.waitForTimeout(WINDOW_MS);
        JsonObject profile = cdp.send("Profiler.stop").getAsJsonObject("profile");
        cdp.detach();
        Map<Integer, Integer> parents = new HashMap<>();
        Map<Integer, Boolean> ours = new HashMap<>();
        for (JsonElement element : profile.getAsJsonArray("nodes")) {
            JsonObject node = element.getAsJsonObject();
            int id = node.get("id").getAsInt();
            ours.put(id, node.getAsJsonObject("callFrame").get("url").getAsString().startsWith("chrome-extension://"));
            if (node.has("children")) {
                for (JsonElement child : node.getAsJsonArray("children")) {
                    parents.put(child.getAsInt(), id);
                }
            }
        }
        JsonArray samples = profile.getAsJsonArray("samples");
        JsonArray deltas = profile.getAsJsonArray("timeDeltas");
        double extensionMicros = 0;
        for (int i = 1; i < samples.size(); i++) {
            for (Integer node = samples.get(i).getAsInt(); node != null; node = parents.get(node)) {
                if (ours.getOrDefault(node, false)) {
                    extensionMicros += deltas.get(i).getAsDouble();
                    break;
                }
            }
        }
        double spanMicros = profile.get("endTime").getAsDouble() - profile.get("startTime").getAsDouble();
        return extensionMicros / spanMicros * 1000;
    }

    private static double metric(CDPSession cdp, String name) {
        JsonArray metrics = cdp.send("Performance.getMetrics").getAsJsonArray("metrics");
        for (int i = 0; i < metrics.size(); i++) {
            JsonObject metric = metrics.get(i).getAsJsonObject();
            if (name.equals(metric.get("name").getAsString())) {
                return metric.get("value").getAsDouble();
            }
        }
        throw new IllegalStateException("no metric " + name);
    }

    /** Per trial, from the element's appearance: when the ring was drawn, and when the browser first laid the element out. */
    private record Latency(double ring, double laidOut) {
    }

    private static List<Latency> highlightLatencies(Page page) {
        List<Latency> latencies = new ArrayList<>();
        for (int i = 0; i < TRIALS; i++) {
            page.evaluate("bench.removeTarget()");
            page.waitForTimeout(150);
            double added = ((Number) page.evaluate("bench.addTarget()")).doubleValue();
            page.waitForFunction("added => bench.highlightedAt() > added && bench.targetLaidOutAt() > added", added,
                    new Page.WaitForFunctionOptions().setTimeout(10_000));
            double ring = ((Number) page.evaluate("bench.highlightedAt()")).doubleValue() - added;
            double laidOut = ((Number) page.evaluate("bench.targetLaidOutAt()")).doubleValue() - added;
            latencies.add(new Latency(ring, laidOut));
        }
        return latencies;
    }

    /**
     * Trials whose ring was drawn by the end of the layout of the frame that first showed the
     * element (the page's own ResizeObserver runs after the extension's in that step, so a ring
     * of that frame comes first; a frame later would be a frame interval later).
     */
    private static long sameFrame(List<Latency> latencies) {
        return latencies.stream().filter(latency -> latency.ring() <= latency.laidOut() + 2).count();
    }

    /** The median time between animation frames over two seconds, measured by the page. */
    private static double medianFrameMs(Page page) {
        Object median = page.evaluate("() => new Promise(resolve => { const times = []; const end = performance.now() + 2000;"
                + " const tick = (t) => { times.push(t); if (t < end) { requestAnimationFrame(tick); } else {"
                + " const gaps = times.slice(1).map((x, i) => x - times[i]).sort((a, b) => a - b);"
                + " resolve(gaps[Math.floor(gaps.length / 2)]); } }; requestAnimationFrame(tick); })");
        return ((Number) median).doubleValue();
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}

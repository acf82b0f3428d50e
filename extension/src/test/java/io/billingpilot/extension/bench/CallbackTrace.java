package io.billingpilot.extension.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The content script's callbacks as Chromium's own trace records them: each call the browser
 * makes into a function of the extension (a frame callback, a timer, an idle callback, an
 * observer, an event listener), with its wall time and its thread time. Thread time is what
 * the call cost the renderer's main thread; on a busy machine the wall time of the same call
 * also holds the time the thread was waiting to run, which is the machine's, not the script's.
 */
final class CallbackTrace {
    /** One call into the extension: what was called, its wall and thread time in ms, when it began and on which thread (trace clock, µs). */
    record Call(String function, double wallMs, double threadMs, long thread, double start, double end) {
    }

    /** Work the browser did inside a call: a style recalculation, a layout, a garbage collection (trace clock, µs). */
    private record Work(String kind, long thread, double start, double end, double wallMs) {
    }

    // Trace event names of the work a script can cause inside its own call, by what to call it (the
    // outermost event of each: a GC's own phases are left out). The page and its content scripts
    // share one JavaScript heap, so a garbage collection of the page's objects can land in any call.
    private static final java.util.Map<String, String> WORK = java.util.Map.of(
            "UpdateLayoutTree", "style", "Layout", "layout", "MinorGC", "GC", "MajorGC", "GC");

    private final Page page;
    private final CDPSession cdp;
    private final List<Call> calls = new ArrayList<>();
    private final List<Work> work = new ArrayList<>();
    private boolean complete;

    private CallbackTrace(Page page) {
        this.page = page;
        this.cdp = page.context().newCDPSession(page);
        cdp.on("Tracing.dataCollected", data -> data.getAsJsonArray("value").forEach(this::collect));
        cdp.on("Tracing.tracingComplete", done -> complete = true);
        JsonObject config = new JsonObject();
        JsonArray categories = new JsonArray();
        categories.add("devtools.timeline");
        config.add("includedCategories", categories);
        JsonObject start = new JsonObject();
        start.add("traceConfig", config);
        start.addProperty("transferMode", "ReportEvents");
        cdp.send("Tracing.start", start);
    }

    /** Starts recording the page's calls into the extension (before the page is opened, to include its first look). */
    static CallbackTrace start(Page page) {
        return new CallbackTrace(page);
    }

    /** Stops recording; returns every call into the extension, longest thread time first. */
    List<Call> stop() {
        cdp.send("Tracing.end");
        page.waitForCondition(() -> complete, new Page.WaitForConditionOptions().setTimeout(60_000));
        cdp.detach();
        List<Call> sorted = new ArrayList<>(calls);
        sorted.sort(Comparator.comparingDouble(Call::threadMs).reversed());
        return sorted;
    }

    private void collect(JsonElement element) {
        JsonObject event = element.getAsJsonObject();
        String name = string(event, "name");
        if (!"X".equals(string(event, "ph")) || !event.has("dur")) {
            return;
        }
        long thread = event.get("tid").getAsLong();
        double start = event.get("ts").getAsDouble();
        double end = start + event.get("dur").getAsDouble();
        if (WORK.containsKey(name)) {
            work.add(new Work(WORK.get(name), thread, start, end, event.get("dur").getAsDouble() / 1000));
            return;
        }
        if (!"FunctionCall".equals(name) || !event.has("tdur")) {
            return;
        }
        JsonObject data = event.has("args") ? event.getAsJsonObject("args").getAsJsonObject("data") : null;
        String url = data == null ? "" : string(data, "url");
        if (!url.startsWith("chrome-extension://")) {
            return;
        }
        String file = url.substring(url.indexOf('/', "chrome-extension://".length()) + 1);
        String function = string(data, "functionName");
        calls.add(new Call((function.isEmpty() ? "(anonymous)" : function) + " in " + file,
                event.get("dur").getAsDouble() / 1000, event.get("tdur").getAsDouble() / 1000, thread, start, end));
    }

    /** The longest call's thread time less the garbage collections that landed in it, in ms. */
    double longestLessGc(List<Call> sorted) {
        double worst = 0;
        for (Call call : sorted) {
            double gc = 0;
            for (Work done : work) {
                if (done.kind().equals("GC") && done.thread() == call.thread() && done.start() >= call.start() && done.end() <= call.end()) {
                    gc += done.wallMs();
                }
            }
            worst = Math.max(worst, call.threadMs() - gc);
        }
        return worst;
    }

    /** What the browser did inside a call, by kind: "style 9.1 ms, GC 2.0 ms" (wall time), or "". */
    private String workIn(Call call) {
        java.util.Map<String, Double> byKind = new java.util.TreeMap<>();
        for (Work done : work) {
            if (done.thread() == call.thread() && done.start() >= call.start() && done.end() <= call.end()) {
                byKind.merge(done.kind(), done.wallMs(), Double::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, ms) -> parts.add(String.format(Locale.ROOT, "%s %.1f ms", kind, ms)));
        return String.join(", ", parts);
    }

    private static String string(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }

    /** The few longest calls by thread time, each with its wall time and the browser's work inside it. */
    String longest(List<Call> sorted, int count) {
        List<String> parts = new ArrayList<>();
        for (Call call : sorted.subList(0, Math.min(count, sorted.size()))) {
            String inside = workIn(call);
            parts.add(String.format(Locale.ROOT, "%s %.1f ms (wall %.1f ms%s)", call.function(), call.threadMs(), call.wallMs(),
                    inside.isEmpty() ? "" : "; inside: " + inside));
        }
        return String.join("; ", parts);
    }
}

package io.billingpilot.web.api;

import io.billingpilot.state.ConsoleState;
import io.billingpilot.state.SessionState;

import java.util.LinkedHashMap;
import java.util.Map;

/** The session as the API shows it: the contract's fields first, null where not yet known. */
final class SessionView {
    private SessionView() {
    }

    static Map<String, Object> of(SessionState state) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("bucket", state.bucket());
        view.put("report", state.report());
        view.put("region", state.region());
        view.put("account", state.account());
        view.put("exportName", state.exportName());
        view.put("prefix", state.prefix());
        view.put("console", console(state.console()));
        view.put("situation", state.situation());
        view.put("layout", state.layout());
        view.put("stepsDone", state.stepsDone());
        return view;
    }

    static Map<String, Object> console(ConsoleState console) {
        if (console == null) {
            return null;
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("layout", console.layout());
        view.put("enableReports", console.enableReports());
        view.put("bucketField", console.bucketField());
        ConsoleState.Reports reports = console.reports();
        if (reports == null) {
            view.put("reports", null);
        } else {
            Map<String, Object> ticks = new LinkedHashMap<>();
            ticks.put("monthly", reports.monthly());
            ticks.put("detailed", reports.detailed());
            ticks.put("costAllocation", reports.costAllocation());
            ticks.put("detailedTags", reports.detailedTags());
            view.put("reports", ticks);
        }
        view.put("export", console.export());
        view.put("exports", console.exports());
        view.put("seenAt", console.seenAt() == null ? null : console.seenAt().toString());
        return view;
    }
}

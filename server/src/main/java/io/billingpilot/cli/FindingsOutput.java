package io.billingpilot.cli;

import io.billingpilot.core.Finding;
import io.billingpilot.json.Json;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How every checking command prints its findings: for people (one a line, fix beside) or as the contract's JSON. */
public final class FindingsOutput {
    private FindingsOutput() {
    }

    public static void text(PrintStream out, List<Finding> findings) {
        for (Finding finding : findings) {
            String line = "  " + finding.severity().jsonName() + ": " + finding.message();
            if (!finding.fix().isEmpty()) {
                line += "  Fix: " + finding.fix();
            }
            out.println(line);
        }
    }

    /** {@code {"ok": bool, "findings": [...], ...extra}}. */
    public static void json(PrintStream out, boolean ok, List<Finding> findings, Map<String, ?> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", ok);
        body.put("findings", findings);
        body.putAll(extra);
        out.println(Json.pretty(body));
    }
}

package io.billingpilot.guide;

import io.billingpilot.core.ReportType;
import io.billingpilot.core.Texts;
import io.billingpilot.guide.ConsoleSummary.Kind;
import io.billingpilot.guide.ConsoleSummary.Observation;
import io.billingpilot.state.ConsoleState;
import io.billingpilot.state.SessionState;

import java.util.ArrayList;
import java.util.List;

/**
 * What the extension last reported from the Data Exports pages or the legacy CUR create flow,
 * as short sentences next to the steps: the form's choices held against the settings the guide
 * advises, and the list page's status of each export. Console values are untrusted and quoted
 * with {@link Texts#clip}.
 */
public final class ExportSummary {
    private ExportSummary() {
    }

    /** Whether the extension's last report came from an export page (data-exports or cur). */
    public static boolean fromExportPage(ConsoleState console) {
        return console != null && ("data-exports".equals(console.layout()) || "cur".equals(console.layout()));
    }

    public static List<Observation> of(SessionState state, ReportType report, ConsoleLabels labels) {
        List<Observation> seen = new ArrayList<>();
        ConsoleState console = state.console();
        if (!fromExportPage(console)) {
            return seen;
        }
        String page = "cur".equals(console.layout()) ? ConsoleLabels.CUR_CREATE : ConsoleLabels.DATA_EXPORTS_CREATE;
        ConsoleState.ExportForm form = console.export();
        if (form != null) {
            seen.add(same("export name", form.name(), state.exportName()));
            seen.add(ConsoleSummary.bucketField(form.bucket(), state.bucket()));
            seen.add(same("prefix", form.prefix(), state.prefix()));
            if (form.table() != null) {
                seen.add(table(form.table(), labels));
            }
            seen.add(resourceIds(form.includeResourceIds(), page, labels));
            String granularity = choice(page, "time-granularity", form.granularity(), labels);
            String format = choice(page, "file-format", form.format(), labels);
            if (granularity != null || format != null) {
                seen.add(formatAndGranularity(report, form, page, labels));
            }
            if (form.versioning() != null) {
                seen.add(versioning(page, form.versioning(), labels));
            }
        }
        for (ConsoleState.ExportStatus row : console.exports()) {
            seen.add(status(row, state.exportName(), labels));
        }
        return seen;
    }

    /** A field the session fills (name, prefix): empty, the session's value, or another one. */
    static Observation same(String what, String field, String mine) {
        if (field == null || field.isEmpty()) {
            return new Observation(Kind.TODO, "The " + what + " field is empty"
                    + (mine == null ? "." : "; it should hold “" + Texts.clip(mine) + "”."));
        }
        String shown = "“" + Texts.clip(field) + "”";
        if (mine == null) {
            return new Observation(Kind.INFO, "The " + what + " field holds " + shown + ".");
        }
        if (field.equals(mine)) {
            return new Observation(Kind.OK, "The " + what + " field holds yours, " + shown + ".");
        }
        return new Observation(Kind.PROBLEM, "The " + what + " field holds " + shown + ", not yours “"
                + Texts.clip(mine) + "”" + (field.equalsIgnoreCase(mine) ? " (letter case differs)." : "."));
    }

    static Observation table(String value, ConsoleLabels labels) {
        String key = labels.exportChoiceKey(ConsoleLabels.DATA_EXPORTS_CREATE, "export-table", value);
        if (key == null) {
            return new Observation(Kind.INFO, "The data table is “" + Texts.clip(value) + "”.");
        }
        String label = labels.exportChoice(ConsoleLabels.DATA_EXPORTS_CREATE, "export-table", key);
        return "cur2".equals(key)
                ? new Observation(Kind.OK, "The data table is " + label + ", the default for cost tools.")
                : new Observation(Kind.INFO, "The data table is " + label + ": right for a FOCUS-based tool; "
                + "other tools expect CUR 2.0.");
    }

    static Observation resourceIds(Boolean ticked, String page, ConsoleLabels labels) {
        String label = "“" + labels.exportTarget(page, "include-resource-ids") + "”";
        if (ticked == null) {
            return new Observation(Kind.INFO, label + " is not on the screen yet.");
        }
        return ticked ? new Observation(Kind.OK, label + " is ticked: costs come per resource.")
                : new Observation(Kind.TODO, label + " is not ticked: tools then cannot show costs per resource.");
    }

    /** E.g. "The console has Parquet and hourly; ..." with what the tool reads. */
    static Observation formatAndGranularity(ReportType report, ConsoleState.ExportForm form, String page,
                                            ConsoleLabels labels) {
        String granularity = choice(page, "time-granularity", form.granularity(), labels);
        String format = choice(page, "file-format", form.format(), labels);
        List<String> has = new ArrayList<>();
        if (format != null) {
            has.add(format.equals("PARQUET") ? "Parquet" : format.equals("ZIP") ? "zip CSV" : "gzip CSV");
        }
        if (granularity != null) {
            has.add(granularity.toLowerCase(java.util.Locale.ROOT));
        }
        String sentence = "The console has " + String.join(" and ", has) + "; ";
        boolean hourly = granularity == null || granularity.equals("HOURLY");
        boolean gzip = format == null || format.equals("GZIP") || format.equals("TEXT_OR_CSV");
        if (report == ReportType.CUR) {
            return hourly && gzip
                    ? new Observation(Kind.OK, sentence + "that is what Virtana asks of a Cost and Usage Report.")
                    : new Observation(Kind.TODO, sentence + "Virtana asks for hourly, gzip CSV.");
        }
        return new Observation(hourly ? Kind.OK : Kind.INFO, sentence + "tools read either format (whether Virtana "
                + "reads Data Exports at all is unverified)" + (hourly ? "." : "; hourly keeps the most detail."));
    }

    static Observation versioning(String page, String value, ConsoleLabels labels) {
        String key = choice(page, "file-versioning", value, labels);
        if (key == null) {
            return new Observation(Kind.INFO, "File versioning is “" + Texts.clip(value) + "”.");
        }
        String label = "“" + labels.exportChoice(page, "file-versioning", key) + "”";
        return "OVERWRITE_REPORT".equals(key)
                ? new Observation(Kind.OK, label + " is chosen: one copy of each month's data.")
                : new Observation(Kind.TODO, label + " is chosen: every refresh stays in its own folder, so a tool "
                + "that reads the whole folder counts costs several times.");
    }

    /** One export on the list page: Healthy, Unhealthy, Invalid bucket, or another status text. */
    static Observation status(ConsoleState.ExportStatus row, String mine, ConsoleLabels labels) {
        String name = "“" + Texts.clip(row.name()) + "”" + (row.name().equals(mine) ? " (yours)" : "");
        String key = labels.exportStatusKey(row.status());
        if (key == null) {
            return new Observation(Kind.INFO, "The export " + name + " shows the status “" + Texts.clip(row.status()) + "”.");
        }
        String shown = labels.exportStatusText(key);
        return switch (key) {
            case "healthy" -> new Observation(Kind.OK, "The export " + name + " is " + shown + ": its last delivery "
                    + "succeeded.");
            case "unhealthy" -> new Observation(Kind.PROBLEM, "The export " + name + " is " + shown + ": its last "
                    + "delivery failed. Check the bucket policy below (the Check the bucket button names the cause).");
            default -> new Observation(Kind.PROBLEM, "The export " + name + " shows " + shown + ": the bucket's "
                    + "policy or owner changed since it was set up. Put the merged policy below back on the bucket.");
        };
    }

    /** A legacy CUR made on the Data Exports page shows the older flow's options: look in both tables. */
    private static String choice(String page, String target, String value, ConsoleLabels labels) {
        String other = page.equals(ConsoleLabels.CUR_CREATE) ? ConsoleLabels.DATA_EXPORTS_CREATE : ConsoleLabels.CUR_CREATE;
        String key = labels.exportChoiceKey(page, target, value);
        return key != null ? key : labels.exportChoiceKey(other, target, value);
    }
}

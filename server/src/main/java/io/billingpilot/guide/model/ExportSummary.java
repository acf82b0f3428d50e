package io.billingpilot.guide.model;

import io.billingpilot.core.Layout;
import io.billingpilot.core.ReportType;
import io.billingpilot.core.Texts;
import io.billingpilot.exports.ExportTable;
import io.billingpilot.exports.FileFormat;
import io.billingpilot.exports.Granularity;
import io.billingpilot.exports.Versioning;
import io.billingpilot.guide.model.ConsoleSummary.Kind;
import io.billingpilot.guide.model.ConsoleSummary.Observation;
import io.billingpilot.state.ConsoleState;
import io.billingpilot.state.ExportForm;
import io.billingpilot.state.SessionState;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the extension last reported from the Data Exports pages or the legacy CUR create flow,
 * as short sentences next to the steps: the form's choices held against the settings the guide
 * advises, and the list page's status of each export. Console values are untrusted and quoted
 * with {@link Texts#clip}; option labels come from the label table.
 */
public final class ExportSummary {
    private ExportSummary() {
    }

    /** Whether the extension's last report came from an export page (data-exports or cur). */
    public static boolean fromExportPage(ConsoleState console) {
        return console != null && (console.layout() == Layout.DATA_EXPORTS || console.layout() == Layout.CUR);
    }

    public static List<Observation> of(SessionState state, ReportType report, ConsoleLabels labels) {
        List<Observation> seen = new ArrayList<>();
        ConsoleState console = state.console();
        if (!fromExportPage(console) || console.export() == null) {
            return seen;
        }
        ExportForm form = console.export();
        String page = console.layout() == Layout.CUR ? ConsoleLabels.CUR_CREATE : ConsoleLabels.DATA_EXPORTS_CREATE;
        if (form.exports() == null) {
            seen.add(same("export name", form.name(), state.exportName()));
            seen.add(ConsoleSummary.bucketField(form.bucket(), state.bucket()));
            seen.add(same("prefix", form.prefix(), state.prefix()));
            if (form.table() != null) {
                seen.add(table(form.table(), labels));
            }
            seen.add(resourceIds(form.includeResourceIds(), page, labels));
            if (form.granularity() != null || form.format() != null) {
                seen.add(formatAndGranularity(report, form.format(), form.granularity()));
            }
            if (form.versioning() != null) {
                seen.add(versioning(form.versioning(), page, labels));
            }
        } else {
            if (form.exports().isEmpty()) {
                seen.add(new Observation(Kind.TODO, "The list of exports is empty: none is set up yet."));
            }
            for (ExportForm.Listed row : form.exports()) {
                seen.add(status(row, state.exportName(), labels));
            }
            String mine = state.exportName();
            if (mine != null && !form.exports().isEmpty()
                    && form.exports().stream().noneMatch(row -> mine.equals(row.name()))) {
                seen.add(new Observation(Kind.TODO, "Your export “" + Texts.clip(mine) + "” is not in the list yet."));
            }
        }
        return seen;
    }

    /** A field the session fills (name, prefix): empty, the session's value, or another one. */
    public static Observation same(String what, String field, String mine) {
        if (field == null || field.isEmpty()) {
            return new Observation(Kind.TODO, "The " + what + " field is empty"
                    + (mine == null || mine.isEmpty() ? "." : "; it should hold “" + Texts.clip(mine) + "”."));
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

    public static Observation table(ExportTable table, ConsoleLabels labels) {
        String label = labels.exportChoice(ConsoleLabels.DATA_EXPORTS_CREATE, "export-table", table.id());
        return table == ExportTable.CUR2
                ? new Observation(Kind.OK, "The data table is " + label + ", the default for cost tools.")
                : new Observation(Kind.INFO, "The data table is " + label + ": right for a FOCUS-based tool; "
                + "other tools expect CUR 2.0.");
    }

    public static Observation resourceIds(Boolean ticked, String page, ConsoleLabels labels) {
        String label = "“" + labels.exportTarget(page, "include-resource-ids") + "”";
        if (ticked == null) {
            return new Observation(Kind.INFO, label + " is not on the screen yet.");
        }
        return ticked ? new Observation(Kind.OK, label + " is ticked: costs come per resource.")
                : new Observation(Kind.TODO, label + " is not ticked: tools then cannot show costs per resource.");
    }

    /** E.g. "The console has Parquet and hourly; ..." with what the tool reads. */
    public static Observation formatAndGranularity(ReportType report, FileFormat format, Granularity granularity) {
        List<String> has = new ArrayList<>();
        if (format != null) {
            has.add(format == FileFormat.PARQUET ? "Parquet" : format == FileFormat.CSV_ZIP ? "zip CSV" : "gzip CSV");
        }
        if (granularity != null) {
            has.add(granularity.apiValue().toLowerCase(Locale.ROOT));
        }
        String sentence = "The console has " + String.join(" and ", has) + "; ";
        boolean hourly = granularity == null || granularity == Granularity.HOURLY;
        boolean gzip = format == null || format == FileFormat.CSV_GZIP;
        if (report == ReportType.CUR) {
            return hourly && gzip
                    ? new Observation(Kind.OK, sentence + "that is what Virtana asks of a Cost and Usage Report.")
                    : new Observation(Kind.TODO, sentence + "Virtana asks for hourly, gzip CSV.");
        }
        return new Observation(hourly ? Kind.OK : Kind.INFO, sentence + "tools read either format (whether Virtana "
                + "reads Data Exports at all is unverified)" + (hourly ? "." : "; hourly keeps the most detail."));
    }

    public static Observation versioning(Versioning versioning, String page, ConsoleLabels labels) {
        String label = "“" + labels.exportChoice(page, "file-versioning", versioning.apiValue()) + "”";
        return versioning == Versioning.OVERWRITE
                ? new Observation(Kind.OK, label + " is chosen: one copy of each month's data.")
                : new Observation(Kind.TODO, label + " is chosen: every refresh stays in its own folder, so a tool "
                + "that reads the whole folder counts costs several times.");
    }

    /** One export on the list page: Healthy, Unhealthy, Invalid bucket, or a status the table does not know. */
    public static Observation status(ExportForm.Listed row, String mine, ConsoleLabels labels) {
        String name = "“" + Texts.clip(row.name()) + "”" + (row.name() != null && row.name().equals(mine) ? " (yours)" : "");
        if (row.health() == null) {
            return new Observation(Kind.INFO, "The export " + name + " shows a status the guide does not know.");
        }
        String shown = labels.exportStatusText(row.health().key());
        return switch (row.health()) {
            case HEALTHY -> new Observation(Kind.OK, "The export " + name + " is " + shown + ": its last delivery "
                    + "succeeded.");
            case UNHEALTHY -> new Observation(Kind.PROBLEM, "The export " + name + " is " + shown + ": its last "
                    + "delivery failed. Check the bucket below: the checklist names the cause.");
            case INVALID_BUCKET -> new Observation(Kind.PROBLEM, "The export " + name + " shows " + shown + ": the "
                    + "bucket's policy or owner changed since it was set up. Put the merged policy below back on the bucket.");
        };
    }
}

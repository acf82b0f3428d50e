package io.billingpilot.exports;

import java.util.List;
import java.util.function.Predicate;

/**
 * The Data Exports tables billing-pilot creates exports for, with the query AWS expects: an explicit
 * column list (the service refuses {@code SELECT *}) from the table, in the table's own spelling
 * (snake_case for CUR 2.0, PascalCase for FOCUS). Column names are case-sensitive.
 */
public enum ExportTable implements Choice.Named {
    CUR2("cur2", "COST_AND_USAGE_REPORT", "CUR 2.0", ExportColumns.CUR2),
    FOCUS("focus", "FOCUS_1_2_AWS", "FOCUS 1.2 with AWS columns", ExportColumns.FOCUS_1_2);

    private final String id;
    private final String apiName;
    private final String title;
    private final List<String> columns;

    ExportTable(String id, String apiName, String title, List<String> columns) {
        this.id = id;
        this.apiName = apiName;
        this.title = title;
        this.columns = columns;
    }

    @Override
    public String id() {
        return id;
    }

    /** The table's name in a query and in TableConfigurations, e.g. {@code COST_AND_USAGE_REPORT}. */
    public String apiName() {
        return apiName;
    }

    /** The console's label for the table. */
    public String title() {
        return title;
    }

    /** Only CUR 2.0 has table options (granularity, resource IDs, ...); FOCUS has none. */
    public boolean hasOptions() {
        return this == CUR2;
    }

    /**
     * Every column of the table, in the order the console lists them. CUR 2.0's resource-ID column
     * is left out when resource IDs are off (the console's column list shows it only then; inferred,
     * not confirmed by a documented error).
     */
    public List<String> columns(boolean includeResourceIds) {
        Predicate<String> kept = column -> includeResourceIds || !ExportColumns.CUR2_RESOURCE_ONLY.contains(column);
        return this == CUR2 ? columns.stream().filter(kept).toList() : columns;
    }

    /** {@code SELECT col, col, ... FROM TABLE}. */
    public String queryStatement(boolean includeResourceIds) {
        return "SELECT " + String.join(", ", columns(includeResourceIds)) + " FROM " + apiName;
    }

    public static ExportTable parse(String value) {
        return Choice.parse(ExportTable.class, "table", value, CUR2);
    }
}

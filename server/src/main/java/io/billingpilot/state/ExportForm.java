package io.billingpilot.state;

import io.billingpilot.core.ExportChoices;

import java.util.List;

/**
 * What the extension saw on a Data Exports or legacy CUR page; every part is null when the
 * page does not show it or the field is empty. Names are kept as the page holds them (a
 * mistyped bucket is shown back to the admin), so they are bounded but not validated.
 *
 * @param exports the exports on the Data Exports list page with their statuses, or null elsewhere
 */
public record ExportForm(String name, String bucket, String prefix, ExportChoices.Table table,
                         ExportChoices.Granularity granularity, ExportChoices.Format format,
                         ExportChoices.Versioning versioning, Boolean includeResourceIds, List<Listed> exports) {
    public static final ExportForm EMPTY = new ExportForm(null, null, null, null, null, null, null, null, null);

    public ExportForm {
        exports = exports == null ? null : List.copyOf(exports);
    }

    /** One export on the list page; {@code health} is null when its status text is not one the table knows. */
    public record Listed(String name, ExportChoices.Health health) {
    }
}

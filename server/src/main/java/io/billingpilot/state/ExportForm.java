package io.billingpilot.state;

import io.billingpilot.core.Keyed;
import io.billingpilot.exports.ExportTable;
import io.billingpilot.exports.FileFormat;
import io.billingpilot.exports.Granularity;
import io.billingpilot.exports.Versioning;

import java.util.List;

/**
 * What the extension saw on a Data Exports or legacy CUR page; every part is null when the
 * page does not show it, the field is empty, or the console shows a choice this program does
 * not know (a relabelled console must not make the whole report fail). Names are kept as the
 * page holds them (a mistyped bucket is shown back to the admin), bounded but not validated.
 *
 * @param exports the exports on the Data Exports list page with their statuses, or null elsewhere
 */
public record ExportForm(String name, String bucket, String prefix, ExportTable table, Granularity granularity,
                         FileFormat format, Versioning versioning, Boolean includeResourceIds, List<Listed> exports) {
    public ExportForm {
        exports = exports == null ? null : List.copyOf(exports);
    }

    /** One export on the list page; {@code health} is null when its status is not one the label table knows. */
    public record Listed(String name, Health health) {
    }

    /** An export's status on the Data Exports list: the keys of {@code statusTexts} in the label table. */
    public enum Health implements Keyed {
        HEALTHY("healthy"), UNHEALTHY("unhealthy"), INVALID_BUCKET("invalidBucket");

        private final String key;

        Health(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }
}

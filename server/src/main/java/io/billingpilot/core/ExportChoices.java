package io.billingpilot.core;

/**
 * The choices of the Data Exports and legacy CUR create forms, and the export statuses of the
 * Data Exports list. The keys are those of {@code choices} and {@code statusTexts} in
 * {@code rules/console-labels.json} (where each key's console label is), and what the extension
 * reports under {@code export} in {@code POST /api/v1/console}.
 */
public final class ExportChoices {
    private ExportChoices() {
    }

    /** The data table: CUR 2.0 or FOCUS. */
    public enum Table implements Keyed {
        CUR2("cur2"), FOCUS("focus"), FOCUS_1_0("focus10");

        private final String key;

        Table(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }

    public enum Granularity implements Keyed {
        HOURLY, DAILY, MONTHLY;

        @Override
        public String key() {
            return name();
        }
    }

    /** Compression and file format: Data Exports offers PARQUET and TEXT_OR_CSV, the legacy CUR GZIP, ZIP and PARQUET. */
    public enum Format implements Keyed {
        PARQUET, TEXT_OR_CSV, GZIP, ZIP;

        @Override
        public String key() {
            return name();
        }
    }

    /** Whether each delivery overwrites the month's files or adds a new version of them. */
    public enum Versioning implements Keyed {
        OVERWRITE_REPORT, CREATE_NEW_REPORT;

        @Override
        public String key() {
            return name();
        }
    }

    /** An export's status on the Data Exports list. */
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

package io.billingpilot.exports;

/**
 * File format and compression, chosen together as the consoles offer them ("Parquet – Parquet",
 * "gzip – text/csv", legacy CUR also "zip – text/csv"), with each API's spelling.
 */
public enum FileFormat implements Choice.Named {
    PARQUET("parquet", "Parquet", "PARQUET", "PARQUET", "Parquet", "Parquet"),
    CSV_GZIP("csv-gzip", "gzip – text/csv", "TEXT_OR_CSV", "GZIP", "textORcsv", "GZIP"),
    /** Legacy CUR only: Data Exports has no zip. */
    CSV_ZIP("csv-zip", "zip – text/csv", null, null, "textORcsv", "ZIP");

    private final String id;
    private final String title;
    private final String dataExportsFormat;
    private final String dataExportsCompression;
    private final String curFormat;
    private final String curCompression;

    FileFormat(String id, String title, String dataExportsFormat, String dataExportsCompression,
               String curFormat, String curCompression) {
        this.id = id;
        this.title = title;
        this.dataExportsFormat = dataExportsFormat;
        this.dataExportsCompression = dataExportsCompression;
        this.curFormat = curFormat;
        this.curCompression = curCompression;
    }

    @Override
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public boolean offeredByDataExports() {
        return dataExportsFormat != null;
    }

    /** S3OutputConfigurations.Format of a Data Export. */
    public String dataExportsFormat() {
        return dataExportsFormat;
    }

    /** S3OutputConfigurations.Compression of a Data Export. */
    public String dataExportsCompression() {
        return dataExportsCompression;
    }

    /** ReportDefinition.Format of a legacy CUR report. */
    public String curFormat() {
        return curFormat;
    }

    /** ReportDefinition.Compression of a legacy CUR report. */
    public String curCompression() {
        return curCompression;
    }

    public static FileFormat parse(String value) {
        return Choice.parse(FileFormat.class, "file format", value, null);
    }
}

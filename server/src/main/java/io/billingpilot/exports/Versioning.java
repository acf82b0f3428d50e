package io.billingpilot.exports;

/** What a new delivery does to the previous files: Data Exports' Overwrite, the legacy CUR's ReportVersioning. */
public enum Versioning implements Choice.Named {
    OVERWRITE("overwrite", "OVERWRITE_REPORT", "Overwrite existing files"),
    CREATE_NEW("create-new", "CREATE_NEW_REPORT", "Create new files for each delivery");

    private final String id;
    private final String apiValue;
    private final String title;

    Versioning(String id, String apiValue, String title) {
        this.id = id;
        this.apiValue = apiValue;
        this.title = title;
    }

    @Override
    public String id() {
        return id;
    }

    public String apiValue() {
        return apiValue;
    }

    public String title() {
        return title;
    }

    public static Versioning parse(String value) {
        return Choice.parse(Versioning.class, "file versioning", value, null);
    }
}

package io.billingpilot.s3.status;

import java.util.List;

/** One report stream (an account's legacy files, a CUR report, a data export) month by month. */
public record SourceStatus(String name, List<MonthRow> months) {
    public boolean hasFiles() {
        return months.stream().anyMatch(row -> !row.files().isEmpty());
    }
}

package io.billingpilot.s3.status;

import io.billingpilot.core.Finding;

import java.util.List;

/**
 * The files of one report stream: a payer account's legacy files, or one CUR report / data
 * export folder.
 *
 * @param name     the account id, or the folder (e.g. {@code cur/metricly/})
 * @param expected the kinds that should arrive every month (what has arrived so far, or what was asked for)
 * @param notes    what the layout itself tells, e.g. older refreshes kept next to the current one
 */
public record SourceFiles(String name, List<ReportFile> files, List<String> expected, List<Finding> notes) {
    public SourceFiles {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public SourceFiles(String name, List<ReportFile> files, List<String> expected) {
        this(name, files, expected, List.of());
    }
}

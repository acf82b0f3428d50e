package io.billingpilot.s3.status;

import java.util.List;

/**
 * The files of one report stream: a payer account's legacy files, or one CUR report / data
 * export folder.
 *
 * @param name     the account id, or the folder (e.g. {@code cur/metricly/})
 * @param expected the kinds that should arrive every month (what has arrived so far, or what was asked for)
 */
public record SourceFiles(String name, List<ReportFile> files, List<String> expected) {
}

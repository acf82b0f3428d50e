package io.billingpilot.s3.status;

import software.amazon.awssdk.services.s3.model.S3Object;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Data Exports (CUR 2.0, FOCUS): {@code PREFIX/EXPORT/metadata/BILLING_PERIOD=YYYY-MM/EXPORT-Manifest.json}
 * and the files under {@code PREFIX/EXPORT/data/BILLING_PERIOD=YYYY-MM/}. Both folders hold
 * report files only, so they are listed whole.
 */
final class DataExportLayout {
    static final String DATA = "data/";
    static final String METADATA = "metadata/";
    private static final Pattern PERIOD = Pattern.compile("BILLING_PERIOD=(\\d{4}-\\d{2})/");

    private DataExportLayout() {
    }

    static SourceFiles read(Listing listing, String root, Executor executor) {
        CompletableFuture<List<S3Object>> metadata = CompletableFuture.supplyAsync(
                () -> listing.all(root + METADATA), executor);
        CompletableFuture<List<S3Object>> data = CompletableFuture.supplyAsync(() -> listing.all(root + DATA), executor);
        List<ReportFile> files = new ArrayList<>();
        for (S3Object object : Futures.join(metadata)) {
            if (object.key().endsWith("-Manifest.json")) {
                add(files, object, ReportFile.MANIFEST);
            }
        }
        Futures.join(data).forEach(object -> add(files, object, ReportFile.DATA));
        return new SourceFiles(root, files, List.of(ReportFile.MANIFEST));
    }

    private static void add(List<ReportFile> files, S3Object object, String kind) {
        Matcher period = PERIOD.matcher(object.key());
        if (period.find()) {
            files.add(new ReportFile(kind, period.group(1), object.key(), object.size(), object.lastModified()));
        }
    }
}

package io.billingpilot.s3.status;

import io.billingpilot.core.Finding;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Data Exports (CUR 2.0, FOCUS): {@code PREFIX/EXPORT/data/BILLING_PERIOD=YYYY-MM/EXPORT-00001.csv.gz}
 * (or {@code .snappy.parquet}) and, written after the data,
 * {@code PREFIX/EXPORT/metadata/BILLING_PERIOD=YYYY-MM/EXPORT-Manifest.json}. Both folders hold
 * report files only, so they are listed whole.
 * <ul>
 *   <li>Overwrite mode empties surplus chunks instead of deleting them: empty files are not data.</li>
 *   <li>Create-new mode writes each refresh to {@code data/P/<timestamp>-<execution id>/} (with its
 *       manifest in the same-named metadata folder, the latest one also in {@code metadata/P/}) and
 *       keeps the old folders: only the newest refresh counts, and the older ones are named.</li>
 * </ul>
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
        List<Finding> notes = new ArrayList<>();
        byPeriod(root + METADATA, Futures.join(metadata)).forEach((period, objects) -> {
            // The period folder's own manifest is the latest; a refresh folder's is only used when it is missing.
            List<S3Object> manifests = RefreshFolders.of(period.folder(), objects.stream()
                    .filter(object -> object.key().endsWith("Manifest.json")).toList()).files();
            manifests.stream().filter(object -> isDirectlyIn(period.folder(), object)).findFirst()
                    .or(() -> manifests.stream().findFirst())
                    .ifPresent(object -> files.add(file(ReportFile.MANIFEST, period.month(), object)));
        });
        byPeriod(root + DATA, Futures.join(data)).forEach((period, objects) -> {
            RefreshFolders.Current current = RefreshFolders.of(period.folder(), objects);
            current.files().stream().filter(object -> object.size() == null || object.size() > 0)
                    .forEach(object -> files.add(file(ReportFile.DATA, period.month(), object)));
            if (current.olderRefreshes() > 0) {
                notes.add(Finding.info("older-refreshes", root + ": " + current.olderRefreshes() + " older refresh"
                        + (current.olderRefreshes() == 1 ? "" : "es") + " of " + period.month() + " stay in "
                        + period.folder() + " next to the newest one.", "The export creates new files on each refresh: "
                        + "a tool must read only the files of the latest manifest, or set the export to overwrite."));
            }
        });
        return new SourceFiles(root, files, List.of(ReportFile.MANIFEST), notes);
    }

    private record Period(String month, String folder) implements Comparable<Period> {
        @Override
        public int compareTo(Period other) {
            return month.compareTo(other.month);
        }
    }

    /** The objects under a data/ or metadata/ folder, grouped by their BILLING_PERIOD folder. */
    private static Map<Period, List<S3Object>> byPeriod(String base, List<S3Object> objects) {
        Map<Period, List<S3Object>> periods = new TreeMap<>();
        for (S3Object object : objects) {
            Matcher period = PERIOD.matcher(object.key());
            if (period.find(base.length()) && period.start() == base.length()) {
                periods.computeIfAbsent(new Period(period.group(1), base + period.group()), p -> new ArrayList<>())
                        .add(object);
            }
        }
        return periods;
    }

    private static boolean isDirectlyIn(String folder, S3Object object) {
        return object.key().indexOf('/', folder.length()) < 0;
    }

    private static ReportFile file(String kind, String month, S3Object object) {
        return new ReportFile(kind, month, object.key(), object.size() == null ? 0 : object.size(), object.lastModified());
    }
}

package io.billingpilot.s3.status;

import io.billingpilot.core.Finding;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legacy Cost and Usage Report: {@code PREFIX/NAME/yyyymmdd-yyyymmdd/NAME-Manifest.json},
 * with the report files next to it (overwrite) or in one folder per report version (an assembly
 * id; only the newest counts, the older ones are named). One listing finds the months, one per
 * month lists its files. The Athena layout ({@code PREFIX/NAME/NAME/year=YYYY/month=M/}) is
 * listed whole.
 */
final class CurLayout {
    static final Pattern PERIOD = Pattern.compile("(\\d{4})(\\d{2})\\d{2}-\\d{8}/");
    /** A year folder of the Athena (Parquet) layout. */
    static final Pattern ATHENA_YEAR = Pattern.compile("year=\\d{4}/");
    private static final Pattern ATHENA_MONTH = Pattern.compile("year=(\\d{4})/month=(\\d{1,2})/");

    private CurLayout() {
    }

    /** Whether a folder name (the last part of a path) is a CUR billing period. */
    static boolean isPeriod(String folderName) {
        return PERIOD.matcher(folderName).matches();
    }

    static boolean isAthenaYear(String folderName) {
        return ATHENA_YEAR.matcher(folderName).matches();
    }

    static SourceFiles read(Listing listing, String root, Executor executor) {
        Listing.Page top = listing.level(root, Integer.MAX_VALUE);
        if (top.folders().stream().anyMatch(folder -> isAthenaYear(folder.substring(root.length())))) {
            return athena(listing, root);
        }
        List<CompletableFuture<Month>> months = new ArrayList<>();
        for (String folder : top.folders()) {
            Matcher period = PERIOD.matcher(folder.substring(root.length()));
            if (period.matches()) {
                String month = period.group(1) + "-" + period.group(2);
                months.add(CompletableFuture.supplyAsync(() -> month(listing, folder, month), executor));
            }
        }
        List<ReportFile> files = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        for (CompletableFuture<Month> future : months) {
            Month month = Futures.join(future);
            files.addAll(month.files());
            if (month.olderVersions() > 0) {
                notes.add(Finding.info("older-versions", root + ": " + month.olderVersions() + " older report version"
                        + (month.olderVersions() == 1 ? "" : "s") + " of " + month.files().get(0).month()
                        + " stay next to the newest one.", "The report keeps each version: a tool must read only "
                        + "the files the period's manifest lists, or set the report to overwrite."));
            }
        }
        return new SourceFiles(root, files, List.of(ReportFile.MANIFEST), notes);
    }

    private record Month(List<ReportFile> files, int olderVersions) {
    }

    /** The period's manifest and the files of its newest version; the folder's own manifest wins. */
    private static Month month(Listing listing, String folder, String month) {
        RefreshFolders.Current current = RefreshFolders.of(folder, listing.all(folder));
        List<ReportFile> files = new ArrayList<>();
        boolean topManifest = current.files().stream().anyMatch(object -> isManifest(object)
                && object.key().indexOf('/', folder.length()) < 0);
        for (S3Object object : current.files()) {
            boolean nested = object.key().indexOf('/', folder.length()) >= 0;
            if (isManifest(object)) {
                if (!nested || !topManifest) {
                    files.add(file(ReportFile.MANIFEST, month, object));
                }
            } else if (object.size() == null || object.size() > 0) {
                files.add(file(ReportFile.DATA, month, object));
            }
        }
        return new Month(files, files.isEmpty() ? 0 : current.olderRefreshes());
    }

    /** The Athena layout: Parquet files by year=/month= folders; its other files (SQL, YAML, status) are left out. */
    private static SourceFiles athena(Listing listing, String root) {
        List<ReportFile> files = new ArrayList<>();
        for (S3Object object : listing.all(root)) {
            Matcher month = ATHENA_MONTH.matcher(object.key());
            if (month.find(root.length()) && month.start() == root.length() && object.key().endsWith(".parquet")) {
                files.add(file(ReportFile.DATA, month.group(1) + "-" + String.format("%02d",
                        Integer.parseInt(month.group(2))), object));
            }
        }
        return new SourceFiles(root, files, List.of(ReportFile.DATA));
    }

    private static boolean isManifest(S3Object object) {
        return object.key().endsWith("-Manifest.json");
    }

    private static ReportFile file(String kind, String month, S3Object object) {
        return new ReportFile(kind, month, object.key(), object.size() == null ? 0 : object.size(), object.lastModified());
    }
}

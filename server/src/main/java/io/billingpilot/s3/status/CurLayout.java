package io.billingpilot.s3.status;

import software.amazon.awssdk.services.s3.model.S3Object;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legacy Cost and Usage Report: {@code PREFIX/NAME/yyyymmdd-yyyymmdd/NAME-Manifest.json},
 * with the report files next to it or in one folder per report version (assembly id). One
 * listing finds the months, one per month finds its manifest and files; version folders are
 * counted, not walked.
 */
final class CurLayout {
    static final Pattern PERIOD = Pattern.compile("(\\d{4})(\\d{2})\\d{2}-\\d{8}/");

    private CurLayout() {
    }

    /** Whether a folder name (the last part of a path) is a CUR billing period. */
    static boolean isPeriod(String folderName) {
        return PERIOD.matcher(folderName).matches();
    }

    static SourceFiles read(Listing listing, String root, Executor executor) {
        List<CompletableFuture<List<ReportFile>>> months = new ArrayList<>();
        for (String folder : listing.level(root, Integer.MAX_VALUE).folders()) {
            Matcher period = PERIOD.matcher(folder.substring(root.length()));
            if (period.matches()) {
                String month = period.group(1) + "-" + period.group(2);
                months.add(CompletableFuture.supplyAsync(() -> filesOf(listing, folder, month), executor));
            }
        }
        List<ReportFile> files = new ArrayList<>();
        months.forEach(future -> files.addAll(Futures.join(future)));
        return new SourceFiles(root, files, List.of(ReportFile.MANIFEST));
    }

    private static List<ReportFile> filesOf(Listing listing, String folder, String month) {
        List<ReportFile> files = new ArrayList<>();
        for (S3Object object : listing.level(folder, Integer.MAX_VALUE).objects()) {
            String kind = object.key().endsWith("-Manifest.json") ? ReportFile.MANIFEST : ReportFile.DATA;
            files.add(new ReportFile(kind, month, object.key(), object.size(), object.lastModified()));
        }
        return files;
    }
}

package io.billingpilot.s3.status;

import io.billingpilot.core.ReportType;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the folders that hold a CUR report (sub-folders named like {@code 20240501-20240601/})
 * or a data export ({@code data/} and {@code metadata/}), walking folders only (delimiter "/")
 * breadth first from a start folder. The walk is bounded in depth and requests: a bucket with
 * many folders gets an answer saying where to point it instead of an endless listing.
 */
final class ReportRoots {
    static final int MAX_DEPTH = 5;
    static final int MAX_REQUESTS = 40;

    /** The folders found, and whether the walk stopped at its limits before looking everywhere. */
    record Found(List<String> roots, boolean incomplete) {
    }

    private ReportRoots() {
    }

    static Found find(Listing listing, ReportType report, String start) {
        List<String> roots = new ArrayList<>();
        List<String> level = List.of(start);
        int budget = MAX_REQUESTS;
        for (int depth = 0; depth <= MAX_DEPTH && !level.isEmpty(); depth++) {
            List<String> next = new ArrayList<>();
            for (String folder : level) {
                if (budget <= 0) {
                    return new Found(roots, true);
                }
                int before = listing.requests();
                Listing.Page page = listing.level(folder, Math.min(budget, 3));
                budget -= listing.requests() - before;
                List<String> children = page.folders();
                if (isRoot(report, folder, children)) {
                    roots.add(folder);
                } else {
                    children.stream().filter(child -> !isReportPart(child.substring(folder.length()))).forEach(next::add);
                }
                if (page.truncated()) {
                    return new Found(roots, true);
                }
            }
            level = next;
        }
        return new Found(roots, !level.isEmpty());
    }

    private static boolean isRoot(ReportType report, String folder, List<String> children) {
        if (report == ReportType.CUR) {
            return children.stream().anyMatch(child -> CurLayout.isPeriod(child.substring(folder.length())));
        }
        return children.contains(folder + DataExportLayout.METADATA) || children.contains(folder + DataExportLayout.DATA);
    }

    /** Folders inside a report that never hold another report. */
    private static boolean isReportPart(String name) {
        return CurLayout.isPeriod(name) || name.startsWith("BILLING_PERIOD=");
    }
}

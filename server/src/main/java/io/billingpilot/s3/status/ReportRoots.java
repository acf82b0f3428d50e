package io.billingpilot.s3.status;

import io.billingpilot.core.ReportType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.regex.Pattern;

/**
 * Finds the folders that hold a CUR report (sub-folders named like {@code 20240501-20240601/})
 * or a data export ({@code data/} and {@code metadata/}), listing folders only (delimiter "/").
 * Folders whose names hint at billing are looked into first, then shallow before deep. Once a
 * report is found, only its siblings are still looked at (reports of one bucket share their
 * prefix); the walk is bounded in depth and requests, and says when it stopped early.
 */
final class ReportRoots {
    static final int MAX_DEPTH = 5;
    static final int MAX_REQUESTS = 40;
    private static final Pattern HINT = Pattern.compile("(?i).*(cur|bill|cost|report|export|focus|usage|invoice).*");

    /** The folders found, and whether the walk stopped at its limits before looking everywhere. */
    record Found(List<String> roots, boolean incomplete) {
    }

    private record Folder(String path, String parent, int depth, boolean hinted) {
    }

    private ReportRoots() {
    }

    static Found find(Listing listing, ReportType report, String start) {
        PriorityQueue<Folder> queue = new PriorityQueue<>(Comparator.comparing((Folder f) -> !f.hinted())
                .thenComparingInt(Folder::depth).thenComparing(Folder::path));
        queue.add(new Folder(start, null, 0, true));
        List<String> roots = new ArrayList<>();
        String rootsParent = null;
        int used = 0;
        while (!queue.isEmpty()) {
            Folder folder = queue.poll();
            if (rootsParent != null && !rootsParent.equals(folder.parent())) {
                continue;
            }
            if (used >= MAX_REQUESTS) {
                return new Found(roots, true);
            }
            int before = listing.requests();
            Listing.Page page = listing.level(folder.path(), Math.min(3, MAX_REQUESTS - used));
            used += listing.requests() - before;
            if (isRoot(report, folder.path(), page.folders())) {
                roots.add(folder.path());
                rootsParent = folder.parent() == null ? folder.path() : folder.parent();
                continue;
            }
            if (page.truncated()) {
                return new Found(roots, true);
            }
            if (folder.depth() < MAX_DEPTH && rootsParent == null) {
                for (String child : page.folders()) {
                    String name = child.substring(folder.path().length());
                    if (!isReportPart(name)) {
                        queue.add(new Folder(child, folder.path(), folder.depth() + 1, HINT.matcher(name).matches()));
                    }
                }
            }
        }
        return new Found(roots, false);
    }

    private static boolean isRoot(ReportType report, String folder, List<String> children) {
        if (report == ReportType.CUR) {
            return children.stream().map(child -> child.substring(folder.length()))
                    .anyMatch(name -> CurLayout.isPeriod(name) || CurLayout.isAthenaYear(name));
        }
        return children.contains(folder + DataExportLayout.METADATA) || children.contains(folder + DataExportLayout.DATA);
    }

    /** Folders inside a report that never hold another report. */
    private static boolean isReportPart(String name) {
        return CurLayout.isPeriod(name) || CurLayout.isAthenaYear(name) || name.startsWith("BILLING_PERIOD=");
    }
}

package io.billingpilot.s3.status;

import software.amazon.awssdk.services.s3.model.S3Object;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One billing period's data when AWS keeps a folder per refresh (Data Exports "create new"
 * mode: {@code data/P/<timestamp>-<execution id>/}; legacy CUR new report versions:
 * {@code R/<assembly id>/}). Only the newest folder holds the current data; the older ones
 * stay in the bucket and would count the same costs again.
 */
final class RefreshFolders {
    /** The files of the newest refresh (or those directly in the period folder) and how many older refreshes stay. */
    record Current(List<S3Object> files, int olderRefreshes) {
    }

    private RefreshFolders() {
    }

    /** @param period the period folder; keys below it in a sub-folder belong to that refresh */
    static Current of(String period, List<S3Object> objects) {
        List<S3Object> direct = new ArrayList<>();
        Map<String, List<S3Object>> refreshes = new LinkedHashMap<>();
        for (S3Object object : objects) {
            String rest = object.key().substring(period.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                direct.add(object);
            } else {
                refreshes.computeIfAbsent(rest.substring(0, slash), folder -> new ArrayList<>()).add(object);
            }
        }
        if (refreshes.isEmpty()) {
            return new Current(direct, 0);
        }
        // The newest refresh is the one written last; on a tie (listings give seconds), the greater folder
        // name, which starts with a timestamp in Data Exports.
        List<S3Object> newest = refreshes.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, List<S3Object>> e) -> lastWritten(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow().getValue();
        List<S3Object> current = new ArrayList<>(direct);
        current.addAll(newest);
        return new Current(current, refreshes.size() - 1);
    }

    private static Instant lastWritten(List<S3Object> files) {
        return files.stream().map(S3Object::lastModified).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }
}

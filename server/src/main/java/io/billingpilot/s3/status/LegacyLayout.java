package io.billingpilot.s3.status;

import io.billingpilot.core.LegacyReport;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the legacy report files at the bucket root. With the payer account known, one prefix
 * listing ({@code ACCOUNT-aws-}) finds them all. Without it, the root is scanned (delimiter "/",
 * so folders are not walked) from just before "0" and only while keys still start with a digit:
 * legacy names start with the 12-digit account id, and listings are sorted.
 */
final class LegacyLayout {
    private LegacyLayout() {
    }

    static List<SourceFiles> find(Listing listing, String account, Set<LegacyReport> expected) {
        List<S3Object> objects = account != null
                ? listing.level(LegacyFileName.accountPrefix(account), Integer.MAX_VALUE).objects()
                : listing.levelWhile("", "/", LegacyLayout::mayHoldMore).objects();
        Map<String, List<ReportFile>> byAccount = new TreeMap<>();
        for (S3Object object : objects) {
            LegacyFileName.parse(object.key()).ifPresent(parsed -> byAccount
                    .computeIfAbsent(parsed.account(), a -> new ArrayList<>())
                    .add(new ReportFile(parsed.report().key(), parsed.month().toString(), object.key(), object.size(),
                            object.lastModified())));
        }
        if (account != null) {
            byAccount.putIfAbsent(account, List.of());
        }
        List<SourceFiles> sources = new ArrayList<>();
        byAccount.forEach((id, files) -> {
            Set<String> kinds = new LinkedHashSet<>();
            for (LegacyReport report : LegacyReport.values()) {
                if (expected.contains(report) || files.stream().anyMatch(f -> f.kind().equals(report.key()))) {
                    kinds.add(report.key());
                }
            }
            sources.add(new SourceFiles(id, files, List.copyOf(kinds)));
        });
        return sources;
    }

    /** Whether the next page may still hold digit-led keys: the last entry of this one still sorts before ':'. */
    private static boolean mayHoldMore(ListObjectsV2Response page) {
        String last = "";
        if (!page.contents().isEmpty()) {
            last = page.contents().get(page.contents().size() - 1).key();
        }
        if (!page.commonPrefixes().isEmpty()) {
            String folder = page.commonPrefixes().get(page.commonPrefixes().size() - 1).prefix();
            last = folder.compareTo(last) > 0 ? folder : last;
        }
        return last.isEmpty() || last.charAt(0) <= '9';
    }
}

package io.billingpilot.cli;

import io.billingpilot.s3.status.DeliveryStatus;
import io.billingpilot.s3.status.MonthRow;
import io.billingpilot.s3.status.ReportFile;
import io.billingpilot.s3.status.SourceStatus;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The delivery status for people: one line a month, the files of each kind with size and time, then what is missing. */
final class StatusOutput {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private StatusOutput() {
    }

    static void text(PrintStream out, DeliveryStatus status) {
        for (SourceStatus source : status.sources()) {
            out.println("  " + source.name() + ":");
            for (MonthRow row : source.months()) {
                List<String> parts = new ArrayList<>();
                byKind(row.files()).forEach((kind, files) -> parts.add(describe(kind, files)));
                String line = "    " + row.month() + "  " + (parts.isEmpty() ? "nothing" : String.join("; ", parts));
                if (!row.missing().isEmpty()) {
                    line += "  (missing: " + String.join(", ", row.missing()) + ")";
                }
                out.println(line);
            }
        }
        // The first sign that the console's Verify worked: AWS wrote its test object.
        ReportFile verification = status.verificationObject();
        if (verification != null) {
            out.println("  verification object: " + verification.key()
                    + (verification.lastModified() == null ? "" : ", written " + TIME.format(verification.lastModified())));
        }
    }

    private static Map<String, List<ReportFile>> byKind(List<ReportFile> files) {
        Map<String, List<ReportFile>> byKind = new LinkedHashMap<>();
        files.forEach(file -> byKind.computeIfAbsent(file.kind(), k -> new ArrayList<>()).add(file));
        return byKind;
    }

    private static String describe(String kind, List<ReportFile> files) {
        long bytes = files.stream().mapToLong(ReportFile::size).sum();
        Instant latest = files.stream().map(ReportFile::lastModified).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        return kind + (files.size() > 1 ? " x" + files.size() : "") + " " + size(bytes)
                + (latest == null ? "" : " at " + TIME.format(latest));
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}

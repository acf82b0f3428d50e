package io.billingpilot.s3.status;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One month of one report stream: the files that arrived and the kinds still missing.
 *
 * @param missing expected kinds without a file for this month
 */
public record MonthRow(String month, List<ReportFile> files, List<String> missing) {
    /**
     * Every month from the stream's first file to {@code current}. A kind is expected from the
     * first month it arrived in; a kind asked for that never arrived is expected this month only.
     */
    static List<MonthRow> of(SourceFiles source, YearMonth current) {
        Map<YearMonth, List<ReportFile>> byMonth = new TreeMap<>();
        Map<String, YearMonth> firstOfKind = new TreeMap<>();
        for (ReportFile file : source.files()) {
            YearMonth month = YearMonth.parse(file.month());
            byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(file);
            firstOfKind.merge(file.kind(), month, (a, b) -> a.isBefore(b) ? a : b);
        }
        YearMonth first = byMonth.isEmpty() ? current : ((TreeMap<YearMonth, List<ReportFile>>) byMonth).firstKey();
        if (first.isAfter(current)) {
            first = current;
        }
        List<MonthRow> rows = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            List<ReportFile> files = byMonth.getOrDefault(month, List.of());
            List<String> missing = new ArrayList<>();
            for (String kind : source.expected()) {
                YearMonth from = firstOfKind.getOrDefault(kind, current);
                if (!month.isBefore(from) && files.stream().noneMatch(file -> file.kind().equals(kind))) {
                    missing.add(kind);
                }
            }
            rows.add(new MonthRow(month.toString(), files, missing));
        }
        // Months after the current one (clock skew) are still shown, never counted missing.
        byMonth.keySet().stream().filter(month -> month.isAfter(current))
                .forEach(month -> rows.add(new MonthRow(month.toString(), byMonth.get(month), List.of())));
        return rows;
    }
}

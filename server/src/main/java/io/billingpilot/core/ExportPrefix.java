package io.billingpilot.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The one home for the S3 path prefix of a Data Export or a legacy CUR report (the folder the
 * files land under). Empty means the bucket root.
 *
 * <ul>
 *   <li>Legacy CUR: the console's "Report path prefix" has no {@code /} at either end; the API
 *       takes up to 256 characters of {@code [0-9A-Za-z!\-_.*'()/]} and no spaces.</li>
 *   <li>Data Exports: the API model takes any text up to 1,024 characters. A {@code /} at either
 *       end or {@code //} would put an empty folder name into every delivered key
 *       ({@code PREFIX/EXPORT/data/...}), so they are refused here too, as are control characters.</li>
 * </ul>
 */
public final class ExportPrefix {
    public static final int CUR_MAX_LENGTH = 256;
    public static final int DATA_EXPORTS_MAX_LENGTH = 1024;
    private static final String CUR_PUNCTUATION = "!-_.*'()/";

    private ExportPrefix() {
    }

    public record Problem(String code, String message) {
    }

    /** Every rule the prefix breaks; empty when it is valid (null and "" are the bucket root). */
    public static List<Problem> problems(ReportType report, String prefix) {
        List<Problem> problems = new ArrayList<>();
        if (prefix == null || prefix.isEmpty()) {
            return problems;
        }
        int max = report == ReportType.CUR ? CUR_MAX_LENGTH : DATA_EXPORTS_MAX_LENGTH;
        if (prefix.length() > max) {
            problems.add(new Problem("length", "The prefix has at most " + max + " characters; this one has "
                    + prefix.length() + "."));
        }
        if (prefix.startsWith("/") || prefix.endsWith("/")) {
            problems.add(new Problem("edge-slash", "Leave out the '/' at the start and end of the prefix"
                    + " (write reports/aws, not /reports/aws/)."));
        }
        if (prefix.contains("//")) {
            problems.add(new Problem("empty-folder", "The prefix cannot contain '//' (an empty folder name)."));
        }
        if (prefix.chars().anyMatch(Character::isISOControl)) {
            problems.add(new Problem("control", "The prefix cannot contain control characters such as line breaks."));
        }
        if (report == ReportType.CUR) {
            checkCurCharacters(prefix, problems);
        }
        return problems;
    }

    /** The prefix ("" for the bucket root), or an {@link InvalidInputException} naming every broken rule. */
    public static String parse(ReportType report, String prefix) {
        String value = prefix == null ? "" : prefix;
        List<Problem> problems = problems(report, value);
        if (!problems.isEmpty()) {
            List<String> reasons = problems.stream().map(Problem::message).toList();
            throw new InvalidInputException("'" + Texts.clip(value) + "' is not a valid prefix: "
                    + String.join(" ", reasons), reasons);
        }
        return value;
    }

    private static void checkCurCharacters(String prefix, List<Problem> problems) {
        if (prefix.chars().anyMatch(Character::isWhitespace)) {
            problems.add(new Problem("spaces", "A report path prefix cannot contain spaces."));
        }
        StringBuilder others = new StringBuilder();
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (!ExportName.isAsciiAlnum(c) && CUR_PUNCTUATION.indexOf(c) < 0 && !Character.isWhitespace(c)
                    && !Character.isISOControl(c)) {
                ExportName.collect(others, c);
            }
        }
        if (others.length() > 0) {
            problems.add(new Problem("characters", "A report path prefix holds only letters, digits and "
                    + String.join(" ", CUR_PUNCTUATION.split("")) + "; found " + others + "."));
        }
    }
}

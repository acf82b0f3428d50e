package io.billingpilot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one home for the name rules of what fills the bucket: a Data Export's name and a legacy
 * Cost and Usage Report's ReportName. Guide, API, CLI and the infrastructure-code output all ask
 * this class; each broken rule is reported on its own so a person sees all of them at once.
 *
 * <ul>
 *   <li>Data Exports: 1 to 128 characters, letters, digits, {@code -} and {@code _}, as the console
 *       and the user guide state. The API model's pattern also admits {@code ! . * ' ( )}
 *       ({@link #DATA_EXPORTS_API_ONLY}); those are refused here, because a name the console
 *       cannot show or retype is a trap, and the message says AWS's API would take them.</li>
 *   <li>Legacy CUR (PutReportDefinition): up to 256 characters of {@code [0-9A-Za-z!\-_.*'()]},
 *       no spaces, case-sensitive, unique in the account.</li>
 * </ul>
 * Detailed billing reports have no name at all.
 */
public record ExportName(ReportType report, String value) {
    public static final int DATA_EXPORTS_MAX_LENGTH = 128;
    public static final int CUR_MAX_LENGTH = 256;
    /** Characters the Data Exports API pattern accepts beyond what the console and the docs allow. */
    public static final String DATA_EXPORTS_API_ONLY = "!.*'()";
    /** Punctuation the legacy CUR API accepts besides letters and digits. */
    public static final String CUR_PUNCTUATION = "!-_.*'()";

    public ExportName {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(value, "value");
    }

    /** One broken rule: a stable code and a sentence for people. */
    public record Problem(String code, String message) {
    }

    public static boolean isValid(ReportType report, String name) {
        return problems(report, name).isEmpty();
    }

    /** Every rule the name breaks for that kind of report; empty when it is valid. */
    public static List<Problem> problems(ReportType report, String name) {
        List<Problem> problems = new ArrayList<>();
        if (report == ReportType.DBR) {
            problems.add(new Problem("no-name", "Detailed billing reports have no name: names belong to"
                    + " Data Exports and legacy Cost and Usage Reports."));
            return problems;
        }
        String what = what(report);
        if (name == null || name.isEmpty()) {
            problems.add(new Problem("empty", "Enter " + what + " name."));
            return problems;
        }
        int max = report == ReportType.CUR ? CUR_MAX_LENGTH : DATA_EXPORTS_MAX_LENGTH;
        if (name.length() > max) {
            problems.add(new Problem("length", capitalized(what) + " name has at most " + max
                    + " characters; this one has " + name.length() + "."));
        }
        if (name.chars().anyMatch(Character::isWhitespace)) {
            problems.add(new Problem("spaces", capitalized(what) + " name cannot contain spaces."));
        }
        if (report == ReportType.CUR) {
            checkCurCharacters(name, problems);
        } else {
            checkDataExportCharacters(name, problems);
        }
        return problems;
    }

    /** The name, or an {@link InvalidInputException} naming every broken rule. */
    public static ExportName parse(ReportType report, String name) {
        List<Problem> problems = problems(report, name);
        if (!problems.isEmpty()) {
            List<String> reasons = problems.stream().map(Problem::message).toList();
            throw new InvalidInputException("'" + Texts.clip(name) + "' is not a valid " + label(report) + " name: "
                    + String.join(" ", reasons), reasons);
        }
        return new ExportName(report, name);
    }

    @Override
    public String toString() {
        return value;
    }

    private static void checkDataExportCharacters(String name, List<Problem> problems) {
        StringBuilder apiOnly = new StringBuilder();
        StringBuilder others = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isAsciiAlnum(c) || c == '-' || c == '_' || Character.isWhitespace(c)) {
                continue;
            }
            collect(DATA_EXPORTS_API_ONLY.indexOf(c) >= 0 ? apiOnly : others, c);
        }
        if (apiOnly.length() > 0) {
            problems.add(new Problem("console-characters", "Use only letters, digits, '-' and '_', as the Data Exports"
                    + " console allows; found " + apiOnly + " (AWS's API would accept them, the console could not"
                    + " show or retype the name)."));
        }
        if (others.length() > 0) {
            problems.add(new Problem("characters", "An export name holds only letters, digits, '-' and '_'; found "
                    + others + "."));
        }
    }

    private static void checkCurCharacters(String name, List<Problem> problems) {
        StringBuilder others = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiAlnum(c) && CUR_PUNCTUATION.indexOf(c) < 0 && !Character.isWhitespace(c)) {
                collect(others, c);
            }
        }
        if (others.length() > 0) {
            problems.add(new Problem("characters", "A report name holds only letters, digits and "
                    + String.join(" ", CUR_PUNCTUATION.split("")) + "; found " + others + "."));
        }
    }

    /** Adds the character, quoted, once, to a short list. */
    static void collect(StringBuilder list, char c) {
        String quoted = "'" + Texts.clip(String.valueOf(c)) + "'";
        if (list.indexOf(quoted) < 0 && list.length() < 60) {
            list.append(list.length() == 0 ? "" : ", ").append(quoted);
        }
    }

    static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static String what(ReportType report) {
        return report == ReportType.CUR ? "a report" : "an export";
    }

    private static String label(ReportType report) {
        return report == ReportType.CUR ? "Cost and Usage Report" : "Data Export";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

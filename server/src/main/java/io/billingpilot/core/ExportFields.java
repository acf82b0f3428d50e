package io.billingpilot.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The export name and S3 path prefix as the session keeps them, checked by {@link ExportName}
 * and {@link ExportPrefix} for the session's report. Before a Data Export or legacy CUR is
 * chosen, a value must suit both, so choosing either later never turns it invalid.
 */
public final class ExportFields {
    public static final String NAME = "exportName";
    public static final String PREFIX = "prefix";

    private ExportFields() {
    }

    /** One broken rule of one field (exportName or prefix): the rule's code and its sentence. */
    public record Rule(String field, String code, String message) {
    }

    public static List<Rule> nameRules(ReportType report, String name) {
        List<Rule> rules = new ArrayList<>();
        for (ReportType kind : kinds(report)) {
            ExportName.problems(kind, name).forEach(p -> add(rules, new Rule(NAME, p.code(), p.message())));
        }
        return rules;
    }

    public static List<Rule> prefixRules(ReportType report, String prefix) {
        List<Rule> rules = new ArrayList<>();
        for (ReportType kind : kinds(report)) {
            ExportPrefix.problems(kind, prefix).forEach(p -> add(rules, new Rule(PREFIX, p.code(), p.message())));
        }
        return rules;
    }

    /**
     * The folder an export or legacy CUR writes into: the prefix, then the export's name (AWS adds
     * the name itself); "" for the bucket's top level when neither is known.
     */
    public static String folder(String prefix, String exportName) {
        String base = prefix == null || prefix.isEmpty() ? "" : prefix + "/";
        return exportName == null || exportName.isEmpty() ? base : base + exportName + "/";
    }

    /** @throws InvalidInputException naming every rule the value breaks */
    public static String requireName(ReportType report, String name) {
        return require(name, nameRules(report, name), "an export name");
    }

    /** @throws InvalidInputException naming every rule the value breaks; "" is the bucket's top level */
    public static String requirePrefix(ReportType report, String prefix) {
        return require(prefix == null ? "" : prefix, prefixRules(report, prefix), "a prefix");
    }

    private static String require(String value, List<Rule> rules, String what) {
        if (!rules.isEmpty()) {
            List<String> reasons = rules.stream().map(Rule::message).toList();
            throw new InvalidInputException("'" + Texts.clip(value) + "' is not valid as " + what + ": "
                    + String.join(" ", reasons), reasons);
        }
        return value;
    }

    private static List<ReportType> kinds(ReportType report) {
        return report == ReportType.CUR || report == ReportType.DATA_EXPORTS ? List.of(report)
                : List.of(ReportType.DATA_EXPORTS, ReportType.CUR);
    }

    /** The two kinds share some rules (length, edge slashes): each sentence once. */
    private static void add(List<Rule> rules, Rule rule) {
        if (rules.stream().noneMatch(r -> r.code().equals(rule.code()) && r.message().equals(rule.message()))) {
            rules.add(rule);
        }
    }
}

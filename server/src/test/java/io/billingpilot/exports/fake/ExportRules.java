package io.billingpilot.exports.fake;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Data Exports and legacy CUR services check in a request, from their API models
 * (docs/aws-billing-facts.md §10): required members, enums, lengths and the name patterns. Each method returns
 * the ValidationException message AWS would send, or null when the request passes.
 */
final class ExportRules {
    /** The API model's pattern for an export name (wider than the console's). */
    static final Pattern EXPORT_NAME = Pattern.compile("[0-9A-Za-z!\\-_.*'()]+");
    static final Pattern REPORT_NAME = Pattern.compile("[0-9A-Za-z!\\-_.*'()]+");
    static final Pattern REPORT_PREFIX = Pattern.compile("[0-9A-Za-z!\\-_.*'()/]*");
    static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern QUERY = Pattern.compile("(?is)\\s*SELECT\\s+(.+?)\\s+FROM\\s+([A-Za-z0-9_]+)(\\s.*)?");
    static final Set<String> TABLES = Set.of("COST_AND_USAGE_REPORT", "FOCUS_1_0_AWS", "FOCUS_1_2_AWS",
            "COST_OPTIMIZATION_RECOMMENDATIONS", "COST_AND_USAGE_DASHBOARD", "CARBON_EMISSIONS");
    private static final Map<String, Set<String>> CUR2_OPTIONS = Map.of(
            "TIME_GRANULARITY", Set.of("HOURLY", "DAILY", "MONTHLY"),
            "INCLUDE_RESOURCES", Set.of("TRUE", "FALSE"),
            "INCLUDE_SPLIT_COST_ALLOCATION_DATA", Set.of("TRUE", "FALSE"),
            "INCLUDE_MANUAL_DISCOUNT_COMPATIBILITY", Set.of("TRUE", "FALSE"),
            "INCLUDE_CAPACITY_RESERVATION_DATA", Set.of("TRUE", "FALSE"),
            "INCLUDE_IAM_PRINCIPAL_DATA", Set.of("TRUE", "FALSE"));

    private ExportRules() {
    }

    static String export(JsonNode export) {
        String name = text(export, "Name");
        if (name == null || name.isEmpty() || name.length() > 128 || !EXPORT_NAME.matcher(name).matches()) {
            return "1 validation error detected: Value at 'export.name' failed to satisfy constraint: Member must"
                    + " satisfy regular expression pattern: [0-9A-Za-z!\\-_.*\\'()]+ and have length 1-128";
        }
        String query = text(export.path("DataQuery"), "QueryStatement");
        if (query == null || query.isEmpty() || query.length() > 36_000) {
            return "QueryStatement is required and has at most 36000 characters";
        }
        Matcher m = QUERY.matcher(query);
        if (!m.matches()) {
            return "Invalid query statement";
        }
        if (m.group(1).trim().equals("*")) {
            return "SELECT * is not supported; list the columns";
        }
        if (!TABLES.contains(m.group(2))) {
            return "Unknown table " + m.group(2);
        }
        JsonNode tables = export.path("DataQuery").path("TableConfigurations");
        if (!tables.isMissingNode() && !tables.isNull()) {
            var names = tables.fieldNames();
            while (names.hasNext()) {
                String table = names.next();
                if (!table.equals(m.group(2))) {
                    return "TableConfigurations names " + table + " but the query reads " + m.group(2);
                }
                String problem = table.equals("COST_AND_USAGE_REPORT") ? curOptions(tables.get(table)) : null;
                if (problem != null) {
                    return problem;
                }
            }
        }
        JsonNode s3 = export.path("DestinationConfigurations").path("S3Destination");
        for (String member : new String[]{"S3Bucket", "S3Prefix", "S3Region"}) {
            if (text(s3, member) == null) {
                return "S3Destination." + member + " is required";
            }
        }
        String owner = text(s3, "S3BucketOwner");
        if (owner != null && !ACCOUNT.matcher(owner).matches()) {
            return "S3BucketOwner must be a 12-digit account id";
        }
        JsonNode output = s3.path("S3OutputConfigurations");
        String problem = oneOf(output, "OutputType", Set.of("CUSTOM"));
        problem = problem != null ? problem : oneOf(output, "Format", Set.of("TEXT_OR_CSV", "PARQUET"));
        problem = problem != null ? problem : oneOf(output, "Compression", Set.of("GZIP", "PARQUET"));
        problem = problem != null ? problem : oneOf(output, "Overwrite", Set.of("CREATE_NEW_REPORT", "OVERWRITE_REPORT"));
        problem = problem != null ? problem : oneOf(export.path("RefreshCadence"), "Frequency", Set.of("SYNCHRONOUS"));
        return problem;
    }

    static String table(JsonNode export) {
        Matcher m = QUERY.matcher(text(export.path("DataQuery"), "QueryStatement"));
        return m.matches() ? m.group(2) : null;
    }

    private static String curOptions(JsonNode options) {
        var fields = options.fields();
        while (fields.hasNext()) {
            var option = fields.next();
            Set<String> allowed = CUR2_OPTIONS.get(option.getKey());
            if (allowed != null && !allowed.contains(option.getValue().asText())) {
                return "Invalid value for " + option.getKey();
            }
        }
        return null;
    }

    static String report(JsonNode report) {
        String name = text(report, "ReportName");
        if (name == null || name.isEmpty() || name.length() > 256 || !REPORT_NAME.matcher(name).matches()) {
            return "Invalid ReportName";
        }
        String prefix = text(report, "S3Prefix");
        if (prefix == null || prefix.length() > 256 || !REPORT_PREFIX.matcher(prefix).matches()) {
            return "Invalid S3Prefix";
        }
        String problem = oneOf(report, "TimeUnit", Set.of("HOURLY", "DAILY", "MONTHLY"));
        problem = problem != null ? problem : oneOf(report, "Format", Set.of("textORcsv", "Parquet"));
        problem = problem != null ? problem : oneOf(report, "Compression", Set.of("ZIP", "GZIP", "Parquet"));
        if (problem == null && (text(report, "S3Bucket") == null || text(report, "S3Region") == null)) {
            problem = "S3Bucket and S3Region are required";
        }
        return problem;
    }

    private static String oneOf(JsonNode node, String member, Set<String> allowed) {
        String value = text(node, member);
        return value != null && allowed.contains(value) ? null : "Invalid or missing " + member;
    }

    static String text(JsonNode node, String member) {
        JsonNode value = node == null ? null : node.get(member);
        return value == null || !value.isTextual() ? null : value.asText();
    }
}

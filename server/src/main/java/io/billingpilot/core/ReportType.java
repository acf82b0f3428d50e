package io.billingpilot.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which billing report the bucket receives; each has its own writer and bucket policy. */
public enum ReportType {
    /** The original guide's reports: Detailed Billing Reports and the legacy monthly / cost allocation CSVs. */
    DBR("dbr", "Detailed billing reports and legacy CSV reports"),
    /** The legacy Cost and Usage Report. */
    CUR("cur", "Cost and Usage Report (legacy)"),
    /** Data Exports (CUR 2.0, FOCUS), what AWS recommends today. */
    DATA_EXPORTS("data-exports", "Data Exports (CUR 2.0 / FOCUS)");

    public static final ReportType DEFAULT = DBR;

    private final String id;
    private final String title;

    ReportType(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The service-principal writers need the payer account id for their conditions. */
    public boolean needsAccount() {
        return this != DBR;
    }

    public static ReportType parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (ReportType type : values()) {
            if (type.id.equals(wanted)) {
                return type;
            }
        }
        throw new InvalidInputException("Unknown report type '" + Texts.clip(value) + "': use one of " + ids() + ".");
    }

    public static String ids() {
        return Arrays.stream(values()).map(ReportType::id).collect(Collectors.joining(", "));
    }
}

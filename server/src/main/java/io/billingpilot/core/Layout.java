package io.billingpilot.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A console page the guide and the extension know: the three Billing preferences layouts
 * (A, B, C), the S3 console, the Data Exports pages and the legacy Cost and Usage Report flow.
 * The keys are those of {@code POST /api/v1/console}; {@code rules/console-labels.json} holds
 * the same keys with each page's labels.
 */
public enum Layout implements Keyed {
    A("A"),
    B("B"),
    C("C"),
    S3("s3"),
    DATA_EXPORTS("data-exports"),
    CUR("cur");

    private final String key;

    Layout(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** One of the three Billing preferences layouts, the pages with the legacy report settings. */
    public boolean isBillingPreferences() {
        return this == A || this == B || this == C;
    }

    public static List<Layout> billingPreferences() {
        return List.of(A, B, C);
    }

    /** @throws InvalidInputException for a key it does not know; null or blank gives null */
    public static Layout parse(String value) {
        return Keyed.parse(Layout.class, value, "console page");
    }

    /** @throws InvalidInputException unless the key names one of A, B or C; null or blank gives null */
    public static Layout parseBillingPreferences(String value) {
        Layout layout = parse(value);
        if (layout != null && !layout.isBillingPreferences()) {
            throw new InvalidInputException("'" + layout.key() + "' is not a Billing preferences layout: choose "
                    + billingPreferences().stream().map(Layout::key).collect(Collectors.joining(", ")) + ".");
        }
        return layout;
    }
}

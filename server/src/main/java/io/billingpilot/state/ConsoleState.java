package io.billingpilot.state;

import io.billingpilot.core.Layout;
import io.billingpilot.core.LegacyReport;

import java.time.Instant;
import java.util.EnumSet;

/**
 * What the browser extension last saw on the AWS console.
 *
 * @param enableReports whether the legacy reports' checkbox is ticked; null when the page has none
 * @param bucketField   the bucket field as the page holds it, or null
 * @param reports       the ticked legacy report checkboxes; null when the page shows none
 * @param export        the Data Exports or legacy CUR form, or null on other pages
 */
public record ConsoleState(Layout layout, Boolean enableReports, String bucketField, EnumSet<LegacyReport> reports,
                           ExportForm export, Instant seenAt) {
    public ConsoleState {
        reports = reports == null ? null : EnumSet.copyOf(reports);
    }

    /** A copy: the state is immutable. */
    @Override
    public EnumSet<LegacyReport> reports() {
        return reports == null ? null : EnumSet.copyOf(reports);
    }

    /** The ticked reports; none when the page showed no report checkboxes. */
    public EnumSet<LegacyReport> tickedReports() {
        return reports == null ? EnumSet.noneOf(LegacyReport.class) : reports();
    }

    /** Whether the extension saw one of the Billing preferences layouts. */
    public boolean onBillingPreferences() {
        return layout != null && layout.isBillingPreferences();
    }
}

package io.billingpilot.guide;

import io.billingpilot.core.Layout;
import io.billingpilot.core.LegacyReport;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.ConsoleSummary.Kind;
import io.billingpilot.guide.model.ConsoleSummary.Observation;
import io.billingpilot.state.ConsoleState;

import java.util.List;
import java.util.Set;

/**
 * Which delivery paths the account can still use, worked out from what the extension saw on
 * Billing preferences. Detailed Billing Reports closed to new customers on 8 July 2019; every
 * payer account can still use the legacy CSVs, the legacy CUR and Data Exports.
 */
public final class AccountPaths {
    private AccountPaths() {
    }

    public static Observation of(ConsoleState console, ConsoleLabels labels) {
        if (console == null || !console.onBillingPreferences()) {
            return new Observation(Kind.INFO, "The extension has not seen your Billing preferences page yet. Every "
                    + "payer account can use the legacy CSVs, the legacy Cost and Usage Report and Data Exports; only an "
                    + "account that received Detailed Billing Reports before 8 July 2019 can still have them.");
        }
        Layout layout = console.layout();
        Set<LegacyReport> ticked = console.tickedReports();
        if (ticked.contains(LegacyReport.DETAILED) || ticked.contains(LegacyReport.DETAILED_TAGS)) {
            return new Observation(Kind.OK, "Billing preferences shows Detailed Billing Reports ticked: this account "
                    + "receives them, so every path is open to it.");
        }
        List<String> newAccount = labels.newAccountReports(layout).stream()
                .map(report -> labels.target(layout, report.target())).toList();
        if (!newAccount.isEmpty()) {
            return new Observation(Kind.INFO, "Your console shows " + labels.title(layout) + ". If its section “"
                    + labels.section(layout) + "” lists only " + quoted(newAccount) + ", the account is newer than "
                    + "Detailed Billing Reports: it can use those two CSVs, the legacy Cost and Usage Report and Data "
                    + "Exports.");
        }
        return new Observation(Kind.INFO, "Your console shows " + labels.title(layout) + ", an older page: Detailed "
                + "Billing Reports are there only if the account received them before 8 July 2019.");
    }

    private static String quoted(List<String> labels) {
        return "“" + String.join("” and “", labels) + "”";
    }
}

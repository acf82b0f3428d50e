package io.billingpilot.handoff;

import io.billingpilot.core.AccountId;
import io.billingpilot.core.ExternalId;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;
import io.billingpilot.policy.ReaderAccess;
import io.billingpilot.policy.ReaderRole;

import java.util.ArrayList;
import java.util.List;

import static io.billingpilot.core.InvalidInputException.collect;

/**
 * The raw values of a reader-role request (command line, query string, guide form), checked
 * together: the tool's profile gives its account when it publishes one and what it reads; the
 * admin's values win; an explicit Cost Explorer or definitions switch adds to the profile's reads.
 *
 * @param costExplorer null to follow the profile
 * @param definitions  null to follow the profile
 */
public record ReaderRoleInput(String tool, String bucket, String report, String prefix, String kmsKey,
                              String partition, String toolAccount, String externalId, Boolean costExplorer,
                              Boolean definitions) {

    /** The checked request: every problem at once (422 / exit 2), each named. */
    public Checked check() {
        List<String> reasons = new ArrayList<>();
        ToolProfile profile = collect(reasons, () -> MonitoringTools.shared().get(tool));
        ReaderAccess access = collect(reasons, () -> ReaderAccess.parse(bucket, ReportType.parse(report), prefix,
                kmsKey, Partition.parse(partition),
                or(costExplorer, profile != null && profile.reads().costExplorer()),
                or(definitions, profile != null && profile.reads().definitions())));
        int before = reasons.size();
        String account = collect(reasons, () -> AccountId.parse(toolAccount, MonitoringTools.TOOL_ACCOUNT));
        boolean accountRefused = reasons.size() > before;
        if (account == null && profile != null && !profile.accountEntered()) {
            account = profile.account();
        }
        if (account == null && profile != null && !accountRefused) {
            reasons.add("The monitoring tool's account id is missing (--tool-account, or 'toolAccount' in the API). "
                    + profile.accountHint());
        }
        String external = collect(reasons, () -> ExternalId.require(externalId));
        if (!reasons.isEmpty()) {
            throw new InvalidInputException(String.join(" ", reasons), reasons);
        }
        return new Checked(profile, access, account, external);
    }

    /** A request whose every value is valid. */
    public record Checked(ToolProfile profile, ReaderAccess access, String toolAccount, String externalId) {
        public ReaderRole role() {
            return ReaderRole.of(access, toolAccount, externalId);
        }
    }

    private static boolean or(Boolean explicit, boolean fromProfile) {
        return Boolean.TRUE.equals(explicit) || (explicit == null && fromProfile);
    }
}

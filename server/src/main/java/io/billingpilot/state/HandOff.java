package io.billingpilot.state;

import io.billingpilot.core.AccountId;
import io.billingpilot.core.ExternalId;
import io.billingpilot.handoff.MonitoringTools;

/**
 * Whom the bucket is handed to: the monitoring tool's profile id (see {@link MonitoringTools}),
 * the tool's AWS account and the External ID from its integration page; null where not known yet.
 */
public record HandOff(String tool, AccountId toolAccount, String externalId) {
    /** The account's wording in errors. */
    public static final String TOOL_ACCOUNT = "the account of the monitoring tool, shown on its integration page";

    /** Each value through its one rule; an unknown tool, a malformed account or External ID is refused. */
    public static HandOff parse(String tool, String toolAccount, String externalId) {
        String toolId = tool == null || tool.isBlank() ? null : MonitoringTools.shared().get(tool).id();
        AccountId account = AccountId.of(toolAccount, TOOL_ACCOUNT);
        String id = externalId == null || externalId.isBlank() ? null : ExternalId.require(externalId);
        return new HandOff(toolId, account, id);
    }
}

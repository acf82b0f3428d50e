package io.billingpilot.state;

import io.billingpilot.core.AccountId;
import io.billingpilot.core.ExternalId;
import io.billingpilot.handoff.MonitoringTools;
import io.billingpilot.core.Partition;
import io.billingpilot.policy.ReaderAccess;

/**
 * Whom the bucket is handed to: the monitoring tool's profile id (see {@link MonitoringTools}),
 * the tool's AWS account, the External ID from its integration page, and the bucket's KMS key
 * when it uses one (the role then needs kms:Decrypt); null where not known yet.
 */
public record HandOff(String tool, AccountId toolAccount, String externalId, String kmsKey) {
    /** Each value through its one rule; an unknown tool, a malformed account or External ID is refused. */
    public static HandOff parse(String tool, String toolAccount, String externalId, String kmsKey,
                                Partition partition) {
        String toolId = tool == null || tool.isBlank() ? null : MonitoringTools.shared().get(tool).id();
        AccountId account = AccountId.of(toolAccount, MonitoringTools.TOOL_ACCOUNT);
        String id = externalId == null || externalId.isBlank() ? null : ExternalId.require(externalId);
        return new HandOff(toolId, account, id, ReaderAccess.kmsKey(kmsKey, partition));
    }
}

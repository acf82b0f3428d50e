package io.billingpilot.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.json.Json;

/**
 * The monitoring tool's role as two policies: who may assume it (trust) and what it may read
 * (permissions). The JSON shape is the contract's: {@code {"trustPolicy", "permissionsPolicy"}}.
 */
public record ReaderRole(ObjectNode trustPolicy, ObjectNode permissionsPolicy) {
    /**
     * @param toolAccount the account that assumes the role (validated, or a template reference)
     * @param externalId  the External ID the role requires (validated, or a template reference)
     */
    public static ReaderRole of(ReaderAccess access, String toolAccount, String externalId) {
        return new ReaderRole(TrustPolicy.generate(toolAccount, externalId, access.partition()),
                ReaderPolicy.generate(access));
    }

    public ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.set("trustPolicy", trustPolicy);
        json.set("permissionsPolicy", permissionsPolicy);
        return json;
    }
}

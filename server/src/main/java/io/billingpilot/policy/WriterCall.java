package io.billingpilot.policy;

import io.billingpilot.policy.iam.RequestContext;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * One request a billing writer makes during verification or delivery, with the request
 * context it brings: for the service principals their aws:SourceAccount and aws:SourceArn and
 * aws:PrincipalIsAWSService=true; for everyone TLS (aws:SecureTransport=true) and the current
 * time. It carries no aws:SourceIp of yours, no aws:PrincipalOrgID, no aws:SourceVpce and no
 * encryption header, so conditions on those keys see them missing.
 *
 * @param key the object key for PutObject, null for calls on the bucket
 */
public record WriterCall(BillingWriter writer, String action, String resource, String key) {
    /**
     * Condition keys whose value (or absence) in the writer's requests is known. A condition on
     * any other key (s3:x-amz-acl, say) is judged as if the key were missing, and a Deny that
     * depends on one is only a warning: AWS does not document every header its writers send.
     */
    private static final Set<String> KNOWN_KEYS = Set.of("aws:securetransport", "aws:currenttime", "aws:epochtime",
            "aws:principalisawsservice", "aws:principalservicename", "aws:sourceaccount", "aws:sourcearn",
            "aws:principalaccount", "aws:sourceip", "aws:principalorgid", "aws:principalorgpaths", "aws:sourcevpce",
            "aws:sourcevpc", "aws:vpcsourceip", "aws:principalarn", "aws:viaawsservice", "s3:x-amz-server-side-encryption",
            "s3:x-amz-server-side-encryption-aws-kms-key-id");

    public static boolean isKnownKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return KNOWN_KEYS.contains(lower) || lower.startsWith("aws:principaltag/");
    }

    public RequestContext context() {
        return context(writer.exampleSourceArn());
    }

    /** The request as made for a given report (the SourceArn names the report definition or export). */
    public RequestContext context(String sourceArn) {
        RequestContext context = new RequestContext(writer.caller(), action, resource)
                .with("aws:SecureTransport", "true")
                .with("aws:ViaAWSService", "false")
                .with("aws:CurrentTime", Instant.now().toString())
                .with("aws:EpochTime", String.valueOf(Instant.now().getEpochSecond()));
        if (writer.isService()) {
            context.with("aws:PrincipalIsAWSService", "true")
                    .with("aws:PrincipalServiceName", writer.service())
                    .with("aws:SourceAccount", writer.account())
                    .with("aws:SourceArn", sourceArn);
        } else {
            context.with("aws:PrincipalIsAWSService", "false")
                    .with("aws:PrincipalAccount", BillingWriter.LEGACY_ACCOUNT);
        }
        return context;
    }

    /** "the bucket" or the object key, for messages. */
    public String target() {
        return key == null ? "the bucket" : key;
    }

    public boolean onBucket() {
        return key == null;
    }
}

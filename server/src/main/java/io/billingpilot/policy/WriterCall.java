package io.billingpilot.policy;

import io.billingpilot.policy.iam.RequestContext;

import java.time.Instant;

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
    public RequestContext context() {
        RequestContext context = new RequestContext(writer.caller(), action, resource)
                .with("aws:SecureTransport", "true")
                .with("aws:CurrentTime", Instant.now().toString())
                .with("aws:EpochTime", String.valueOf(Instant.now().getEpochSecond()));
        if (writer.isService()) {
            context.with("aws:PrincipalIsAWSService", "true")
                    .with("aws:PrincipalServiceName", writer.service())
                    .with("aws:SourceAccount", writer.account())
                    .with("aws:SourceArn", writer.exampleSourceArn());
        } else {
            context.with("aws:PrincipalIsAWSService", "false")
                    .with("aws:PrincipalAccount", BillingWriter.LEGACY_ACCOUNT);
        }
        return context;
    }

    /** "s3:PutObject on the test object", for messages. */
    public String describe() {
        return action + " on " + resource;
    }
}

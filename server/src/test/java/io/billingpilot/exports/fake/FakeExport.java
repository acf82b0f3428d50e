package io.billingpilot.exports.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One export the fake holds: its definition as sent, its status and its runs. */
public final class FakeExport {
    final String account;
    final String arn;
    final ObjectNode definition;
    final Instant createdAt;
    volatile String statusCode = "HEALTHY";
    volatile String statusReason;
    volatile Instant lastUpdatedAt;
    volatile Instant lastRefreshedAt;
    final List<Run> runs = new ArrayList<>();

    record Run(String id, String statusCode, String statusReason, Instant createdAt, Instant completedAt) {
    }

    FakeExport(String account, String arn, ObjectNode definition, Instant createdAt) {
        this.account = account;
        this.arn = arn;
        this.definition = definition;
        this.createdAt = createdAt;
        this.lastUpdatedAt = createdAt;
    }

    public String arn() {
        return arn;
    }

    public String name() {
        return definition.path("Name").asText();
    }

    public String bucket() {
        return destination().path("S3Bucket").asText();
    }

    public String prefix() {
        return destination().path("S3Prefix").asText("");
    }

    public String bucketOwner() {
        return destination().path("S3BucketOwner").asText(null);
    }

    public ObjectNode definition() {
        return definition.deepCopy();
    }

    public synchronized List<Run> runs() {
        return List.copyOf(runs);
    }

    ObjectNode destination() {
        return (ObjectNode) definition.path("DestinationConfigurations").path("S3Destination");
    }
}

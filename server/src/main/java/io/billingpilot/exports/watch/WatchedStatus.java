package io.billingpilot.exports.watch;

import io.billingpilot.exports.SideBySide;
import io.billingpilot.core.Finding;
import io.billingpilot.s3.Outcome;
import io.billingpilot.s3.status.DeliveryStatus;
import io.billingpilot.s3.status.StatusChecker;
import io.billingpilot.s3.status.StatusRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The bucket's listing and AWS's own view of the export, taken side by side. Nothing could be
 * checked (exit status 3) only when neither could be looked at; one of them failing is a finding.
 */
public record WatchedStatus(DeliveryStatus delivery, AwsView aws) {

    /** Lists the bucket on the caller's thread while AWS is asked on another. */
    public static WatchedStatus check(StatusChecker bucket, StatusRequest listing, ExportWatch watch, WatchRequest export,
                                      Executor executor) {
        SideBySide<AwsView> aws = SideBySide.start(() -> watch.look(export), executor);
        DeliveryStatus delivery = bucket.check(listing);
        return new WatchedStatus(delivery, aws.join());
    }

    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(aws.findings());
        all.addAll(delivery.findings());
        all.sort(Comparator.comparing(Finding::severity));
        return all;
    }

    public Outcome outcome() {
        boolean bucketBlocked = delivery.outcome() == Outcome.COULD_NOT_CHECK;
        if (bucketBlocked && !aws.checked()) {
            return Outcome.COULD_NOT_CHECK;
        }
        boolean problems = bucketBlocked || !aws.checked() || delivery.outcome() == Outcome.FINDINGS
                || aws.findings().stream().anyMatch(Finding::isError);
        return problems ? Outcome.FINDINGS : Outcome.FINE;
    }

    public boolean ok() {
        return outcome() == Outcome.FINE;
    }

    /** The status JSON of the contract, with {@code "aws"} added. */
    public Map<String, Object> json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", ok());
        body.put("findings", findings());
        body.putAll(details());
        return body;
    }

    public Map<String, Object> details() {
        Map<String, Object> body = new LinkedHashMap<>(delivery.details());
        body.put("outcome", outcome());
        body.put("aws", aws.json());
        return body;
    }
}

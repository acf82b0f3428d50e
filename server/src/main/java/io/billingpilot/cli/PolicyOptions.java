package io.billingpilot.cli;

import io.billingpilot.policy.PolicyRequest;

import java.util.Set;

/** The options every policy command shares: which bucket, report, payer account and partition. */
final class PolicyOptions {
    static final Set<String> VALUES = Set.of("bucket", "report", "account", "partition");
    /** Data Exports only: the legacy Cost and Usage Report delivers into the same bucket. */
    static final String WITH_LEGACY_CUR = "with-legacy-cur";

    private PolicyOptions() {
    }

    static PolicyRequest request(Args args) {
        return PolicyRequest.parse(args.required("bucket"), args.option("report"), args.option("account"),
                args.option("partition")).withLegacyCur(args.flag(WITH_LEGACY_CUR));
    }

    static Set<String> plus(Set<String> base, String... more) {
        java.util.Set<String> all = new java.util.HashSet<>(base);
        all.addAll(Set.of(more));
        return Set.copyOf(all);
    }
}

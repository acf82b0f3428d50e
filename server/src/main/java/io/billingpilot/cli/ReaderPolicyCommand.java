package io.billingpilot.cli;

import io.billingpilot.core.Partition;
import io.billingpilot.policy.PolicyFormat;
import io.billingpilot.policy.ReaderPolicy;

import java.io.PrintStream;
import java.util.Set;

/**
 * {@code reader-policy --bucket NAME [--kms-key ARN] [--partition P]}: the IAM policy the
 * monitoring tool's role needs to read the billing files.
 */
public final class ReaderPolicyCommand implements Command {
    @Override
    public String name() {
        return "reader-policy";
    }

    @Override
    public String synopsis() {
        return "reader-policy --bucket NAME [--kms-key ARN]   the IAM policy the monitoring tool's role needs";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("bucket", "kms-key", "partition");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        args.noPositional();
        out.println(PolicyFormat.pretty(ReaderPolicy.generate(args.required("bucket"),
                Partition.parse(args.option("partition")), args.option("kms-key"))));
        return ExitCode.OK;
    }
}

package io.billingpilot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.policy.BucketPolicyGenerator;
import io.billingpilot.policy.DiffLine;
import io.billingpilot.policy.PolicyDiff;
import io.billingpilot.policy.PolicyFormat;
import io.billingpilot.policy.PolicyMerger;
import io.billingpilot.policy.PolicyRequest;
import io.billingpilot.policy.PolicyText;

import java.io.PrintStream;
import java.util.Set;

/**
 * {@code policy --bucket NAME [--report R] [--account ID] [--partition P] [--with-legacy-cur]
 * [--merge FILE|-] [--diff]}: prints the bucket policy, merged into FILE's policy when given;
 * with --diff, the line diff from FILE's policy to the merged one instead.
 */
public final class PolicyCommand implements Command {
    @Override
    public String name() {
        return "policy";
    }

    @Override
    public String synopsis() {
        return "policy --bucket NAME [--report R] [--account ID] [--partition P] [--merge FILE] [--diff]\n"
                + "                                               the bucket policy (merged into FILE's policy when given)";
    }

    @Override
    public Set<String> valueOptions() {
        return PolicyOptions.plus(PolicyOptions.VALUES, "merge");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of(PolicyOptions.WITH_LEGACY_CUR, "diff");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        args.noPositional();
        PolicyRequest request = PolicyOptions.request(args);
        String mergeSource = args.option("merge");
        if (mergeSource == null) {
            if (args.flag("diff")) {
                throw new UsageException("--diff shows what --merge changes: give --merge FILE too.");
            }
            out.println(PolicyFormat.pretty(BucketPolicyGenerator.generate(request)));
            return ExitCode.OK;
        }
        String existingText = PolicyInput.read(mergeSource);
        // An empty file is a bucket without a policy (what a failed get-bucket-policy leaves behind).
        JsonNode existing = existingText.isBlank() ? null : PolicyText.unwrap(PolicyText.parse(existingText));
        ObjectNode merged = PolicyMerger.merge(existing, request);
        if (args.flag("diff")) {
            for (DiffLine line : PolicyDiff.between(existing, merged)) {
                out.println(switch (line.kind()) {
                    case ADDED -> "+ ";
                    case REMOVED -> "- ";
                    case SAME -> "  ";
                } + line.text());
            }
        } else {
            out.println(PolicyFormat.pretty(merged));
        }
        return ExitCode.OK;
    }
}

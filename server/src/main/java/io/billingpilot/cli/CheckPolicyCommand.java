package io.billingpilot.cli;

import io.billingpilot.core.Finding;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.policy.PolicyAnalysis;
import io.billingpilot.policy.PolicyAnalyzer;
import io.billingpilot.policy.PolicyRequest;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code check-policy --bucket NAME [--report R] [--account ID] [--partition P] [--json] FILE|-}:
 * can the report's billing writer deliver under this bucket policy. Exit 0 yes, 1 no (the
 * findings say why), 2 when the file is no policy at all (empty, not JSON, not a policy).
 */
public final class CheckPolicyCommand implements Command {
    /** Findings that mean the input could not be checked at all: bad input, exit status 2. */
    private static final Set<String> UNCHECKABLE = Set.of("policy-empty", "invalid-json", "not-a-policy");

    @Override
    public String name() {
        return "check-policy";
    }

    @Override
    public String synopsis() {
        return "check-policy --bucket NAME [--report R] [--account ID] [--json] FILE|-\n"
                + "                                               can the billing writer deliver under this policy?";
    }

    @Override
    public Set<String> valueOptions() {
        return PolicyOptions.VALUES;
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("json", PolicyOptions.WITH_LEGACY_CUR);
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        String source = args.single("a policy file (or - for standard input)");
        PolicyRequest request = PolicyOptions.request(args);
        PolicyAnalysis analysis = PolicyAnalyzer.analyze(PolicyInput.read(source), request);
        for (Finding finding : analysis.findings()) {
            if (UNCHECKABLE.contains(finding.code())) {
                throw new InvalidInputException(finding.message() + " " + finding.fix());
            }
        }
        if (args.flag("json")) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("bucket", request.bucket());
            extra.put("report", request.report().id());
            extra.put("account", request.account());
            extra.put("partition", request.partition().id());
            FindingsOutput.json(out, analysis.deliverable(), analysis.findings(), extra);
        } else {
            out.println(request.bucket() + ": " + (analysis.deliverable()
                    ? "AWS can deliver the " + request.report().title() + " under this policy."
                    : "AWS cannot deliver the " + request.report().title() + " under this policy:"));
            FindingsOutput.text(out, analysis.findings());
        }
        return analysis.deliverable() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}

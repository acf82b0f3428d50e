package io.billingpilot.policy;

import io.billingpilot.core.Finding;
import io.billingpilot.policy.iam.Evaluator;
import io.billingpilot.policy.iam.PolicyDocument;

import java.util.List;

/**
 * Replays each call of the billing writers through the IAM model and explains every refusal:
 * an explicit Deny ({@link DenyExplainer}), or no Allow that fits ({@link AllowExplainer});
 * then looks for risks that do not stop delivery ({@link RiskChecks}).
 */
final class Diagnosis {
    /** A report file under a prefix, as CUR and Data Exports write them; the legacy reports write at the root. */
    static final String PREFIXED_KEY = "billing/report-name/20250101-20250201/report-name-00001.csv.gz";

    private Diagnosis() {
    }

    static List<Finding> of(PolicyDocument policy, List<BillingWriter> writers, PolicyRequest request) {
        FindingCollector findings = new FindingCollector();
        DenyExplainer denies = new DenyExplainer(findings);
        AllowExplainer allows = new AllowExplainer(policy, request, findings);
        for (WriterCall call : PolicyAnalyzer.calls(writers, request)) {
            Evaluator.Decision decision = PolicyAnalyzer.decide(policy, call);
            switch (decision.outcome()) {
                case EXPLICIT_DENY -> decision.denying().forEach(deny -> denies.explain(deny, call));
                case IMPLICIT_DENY -> {
                    String report = NamedReports.allowedReport(policy, call);
                    if (report == null) {
                        allows.explain(call);
                    } else {
                        findings.add(NamedReports.finding(report, call.writer()));
                    }
                }
                case ALLOWED -> checkOtherKeys(policy, call, request, findings);
            }
        }
        RiskChecks.run(policy, writers, request, findings);
        return findings.findings();
    }

    /**
     * The test object is written at the root; report files go under a prefix the report
     * chooses. A policy that lets the writer put the test object but not other keys passes
     * AWS's check and then loses the reports.
     */
    private static void checkOtherKeys(PolicyDocument policy, WriterCall call, PolicyRequest request,
                                       FindingCollector findings) {
        if (call.onBucket()) {
            return;
        }
        WriterCall report = new WriterCall(call.writer(), call.action(), request.objectArn(PREFIXED_KEY), PREFIXED_KEY);
        if (!PolicyAnalyzer.decide(policy, report).allowed()) {
            findings.add(Finding.warning("put-object-limited", call.writer().principalText() + " may write "
                    + PolicyAnalyzer.TEST_OBJECT + " but not every key (for example " + PREFIXED_KEY
                    + "): report files that land outside the keys the policy allows are lost.",
                    "Grant " + call.action() + " on \"" + request.objectsArn() + "\"."));
        }
    }
}

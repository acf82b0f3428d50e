package io.billingpilot.cli;

import io.billingpilot.handoff.MonitoringTools;
import io.billingpilot.handoff.ReaderRoleInput;
import io.billingpilot.policy.PolicyFormat;

import java.io.PrintStream;
import java.util.Set;

/**
 * {@code reader-role --bucket NAME --tool-account ID --external-id X [--tool T] [--report R] [--prefix P]
 * [--kms-key ARN] [--partition P] [--cost-explorer] [--definitions]}: the monitoring tool's role, as
 * {@code {"trustPolicy", "permissionsPolicy"}}.
 */
public final class ReaderRoleCommand implements Command {
    @Override
    public String name() {
        return "reader-role";
    }

    @Override
    public String synopsis() {
        return "reader-role --bucket NAME --tool-account ID --external-id X [--tool " + MonitoringTools.shared().ids()
                + "] [--report R] [--prefix P] [--kms-key ARN] [--cost-explorer] [--definitions]   the tool's role: trust and permissions policies";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("bucket", "tool", "tool-account", "external-id", "report", "prefix", "kms-key", "partition");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("cost-explorer", "definitions");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        args.noPositional();
        ReaderRoleInput input = new ReaderRoleInput(args.option("tool"), args.required("bucket"), args.option("report"),
                args.option("prefix"), args.option("kms-key"), args.option("partition"), args.option("tool-account"),
                args.option("external-id"), args.flag("cost-explorer") ? Boolean.TRUE : null,
                args.flag("definitions") ? Boolean.TRUE : null);
        out.println(PolicyFormat.pretty(input.check().role().toJson()));
        return ExitCode.OK;
    }
}

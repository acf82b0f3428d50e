package io.billingpilot.cli;

import io.billingpilot.iac.IacRenderer;
import io.billingpilot.iac.IacFormat;
import io.billingpilot.iac.IacInput;
import io.billingpilot.iac.Setup;

import java.io.PrintStream;
import java.util.Set;

/**
 * {@code export-iac --format cloudformation|terraform --bucket NAME [--report R] [--account ID]
 * [--name EXPORT] [--table T] [--prefix P] [--region REG] [--partition P] [--tool T]
 * [--tool-account ID] [--external-id X] [--merge FILE]}: the whole setup as infrastructure code on stdout.
 */
public final class ExportIacCommand implements Command {
    @Override
    public String name() {
        return "export-iac";
    }

    @Override
    public String synopsis() {
        return "export-iac --format cloudformation|terraform --bucket NAME [--report R] [--account ID] [--name EXPORT] "
                + "[--tool-account ID --external-id X] [--tool T] [--prefix P] [--merge FILE]   the setup as infrastructure code";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("format", "bucket", "report", "account", "partition", "region", "name", "table", "prefix", "tool",
                "tool-account", "external-id", "merge");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        args.noPositional();
        IacFormat format = IacFormat.parse(args.required("format"));
        String existing = args.option("merge") == null ? null : PolicyInput.read(args.option("merge"));
        Setup setup = Setup.from(new IacInput(args.required("bucket"), args.option("report"), args.option("account"),
                args.option("partition"), args.option("region"), args.option("name"), args.option("table"),
                args.option("prefix"), args.option("tool"), args.option("tool-account"), args.option("external-id"),
                existing));
        out.print(IacRenderer.render(setup, format));
        return ExitCode.OK;
    }
}

package io.billingpilot.cli;

import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.status.DeliveryStatus;
import io.billingpilot.s3.status.StatusChecker;
import io.billingpilot.s3.status.StatusRequest;

import java.io.PrintStream;
import java.util.Set;

/** {@code status --bucket NAME [--report R] [--account ID] [--prefix P] [AWS options] [--json]}: what has arrived. */
public final class StatusCommand implements Command {
    @Override
    public String name() {
        return "status";
    }

    @Override
    public String synopsis() {
        return "status --bucket NAME [--prefix P] [same options as verify]\n"
                + "                                                which report files and the verification object have arrived";
    }

    @Override
    public Set<String> valueOptions() {
        return AwsOptions.with("bucket", "report", "account", "prefix");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("json");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        args.noPositional();
        StatusRequest request = StatusRequest.parse(args.required("bucket"), args.option("report"),
                args.option("account"), args.option("region"), args.option("prefix"));
        try (S3Access access = new S3Access(AwsOptions.settings(args))) {
            DeliveryStatus status = new StatusChecker(access).check(request);
            if (args.flag("json")) {
                FindingsOutput.json(out, status.ok(), status.findings(), status.details());
            } else {
                out.println("Bucket '" + request.bucket() + "', " + request.report().title()
                        + (status.region() == null ? "" : ", in " + status.region()) + ":");
                StatusOutput.text(out, status);
                FindingsOutput.text(out, status.findings());
            }
            return status.outcome().exitCode();
        }
    }
}

package io.billingpilot.cli;

import io.billingpilot.core.ExportFields;
import io.billingpilot.core.Finding;
import io.billingpilot.core.Partition;
import io.billingpilot.core.ReportType;
import io.billingpilot.exports.aws.BillingApiSettings;
import io.billingpilot.exports.aws.BillingApis;
import io.billingpilot.exports.watch.ExportWatch;
import io.billingpilot.exports.watch.WatchRequest;
import io.billingpilot.exports.watch.WatchedStatus;
import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.S3Settings;
import io.billingpilot.s3.status.DeliveryStatus;
import io.billingpilot.s3.status.StatusChecker;
import io.billingpilot.s3.status.StatusRequest;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code status --bucket NAME [--report R] [--account ID] [--prefix P] [AWS options] [--json]}: what has arrived. */
public final class StatusCommand implements Command {
    @Override
    public String name() {
        return "status";
    }

    @Override
    public String synopsis() {
        return "status --bucket NAME [--prefix P] [--export NAME | --report cur --name NAME] [same options as verify]\n"
                + "                                                which report files and the verification object have arrived;\n"
                + "                                                with --export or --name also what AWS says about the deliveries";
    }

    @Override
    public Set<String> valueOptions() {
        return AwsOptions.with("bucket", "report", "account", "prefix", "export", "name");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("json");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        args.noPositional();
        String export = args.option("export");
        String name = args.option("name");
        String report = args.option("report");
        if (export != null && name != null) {
            throw new UsageException("Give --export NAME (a Data Export) or --report cur --name NAME, not both.");
        }
        if (export != null && report != null && ReportType.parse(report) != ReportType.DATA_EXPORTS) {
            throw new UsageException("--export names a Data Export: leave out --report or give --report data-exports.");
        }
        if (name != null && (report == null || ReportType.parse(report) != ReportType.CUR)) {
            throw new UsageException("--name names a legacy Cost and Usage Report: give --report cur with it"
                    + " (or --export NAME for a Data Export).");
        }
        if (export != null) {
            report = ReportType.DATA_EXPORTS.id();
        }
        // A named export or report writes into PREFIX/NAME/: only that folder is listed, not its neighbours.
        String folder = args.option("prefix");
        String exportName = export != null ? export : name;
        if (exportName != null) {
            folder = ExportFields.folder(folder == null ? null : folder.replaceAll("^/+|/+$", ""), exportName);
        }
        StatusRequest request = StatusRequest.parse(args.required("bucket"), report,
                args.option("account"), args.option("region"), folder);
        WatchRequest watch = export != null || name != null ? WatchRequest.parse(request.report(),
                export != null ? export : name, request.bucket(), request.account(),
                Partition.ofRegion(request.region())) : null;
        S3Settings settings = AwsOptions.settings(args);
        try (S3Access access = new S3Access(settings)) {
            if (watch == null) {
                DeliveryStatus status = new StatusChecker(access).check(request);
                print(out, args.flag("json"), request, status, status.ok(), status.findings(), status.details());
                return status.outcome().exitCode();
            }
            try (BillingApis apis = new BillingApis(BillingApiSettings.forProfile(settings.profile()), access.http())) {
                WatchedStatus status = WatchedStatus.check(new StatusChecker(access), request,
                        new ExportWatch(apis, access), watch, access.executor());
                if (!args.flag("json")) {
                    AwsViewOutput.text(out, status.aws());
                }
                print(out, args.flag("json"), request, status.delivery(), status.ok(), status.findings(),
                        status.details());
                return status.outcome().exitCode();
            }
        }
    }

    private static void print(PrintStream out, boolean json, StatusRequest request, DeliveryStatus delivery, boolean ok,
                              List<Finding> findings, Map<String, Object> details) {
        if (json) {
            FindingsOutput.json(out, ok, findings, details);
            return;
        }
        out.println("Bucket '" + request.bucket() + "', " + request.report().title()
                + (delivery.region() == null ? "" : ", in " + delivery.region()) + ":");
        StatusOutput.text(out, delivery);
        FindingsOutput.text(out, findings);
    }
}

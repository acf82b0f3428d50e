package io.billingpilot.cli;

import io.billingpilot.exports.ExportDefinition;
import io.billingpilot.exports.ExportInputs;
import io.billingpilot.exports.aws.BillingApiFailure;
import io.billingpilot.exports.aws.BillingApiSettings;
import io.billingpilot.exports.aws.BillingApis;
import io.billingpilot.exports.create.ExportCreator;
import io.billingpilot.exports.create.ExportPlan;
import io.billingpilot.exports.create.PlanJson;
import io.billingpilot.policy.DiffLine;
import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.S3Settings;
import io.billingpilot.s3.actions.ActionRefused;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code create-export --bucket NAME --account ID --name EXPORT [--region REG] [--report data-exports|cur]
 * [--table cur2|focus] [--prefix P] [--bucket-owner ID] [--payer-profile P] [--yes] [AWS options]}:
 * shows the exact definition, checks the bucket's current policy for the writer and the name, and
 * creates the export only with --yes. The bucket is read as --profile (its owner), the export is
 * created as --payer-profile (default: the same profile). Without --region the bucket's own region
 * is asked from S3.
 */
public final class CreateExportCommand implements Command {
    @Override
    public String name() {
        return "create-export";
    }

    @Override
    public String synopsis() {
        return "create-export --bucket NAME --account ID --name EXPORT [--region REG] [--report data-exports|cur]\n"
                + "              [--table cur2|focus] [--prefix P] [--granularity hourly|daily|monthly]\n"
                + "              [--format parquet|csv-gzip|csv-zip] [--versioning overwrite|create-new] [--no-resource-ids]\n"
                + "              [--bucket-owner ID] [--payer-profile P] [--yes] [--json] [AWS options]\n"
                + "                                                plans a Data Export (or legacy CUR report), checks the\n"
                + "                                                bucket policy for its writer, creates it with --yes";
    }

    @Override
    public Set<String> valueOptions() {
        return AwsOptions.with("bucket", "account", "name", "report", "table", "prefix", "bucket-owner",
                "payer-profile", "granularity", "format", "versioning");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("yes", "json", "no-resource-ids");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        args.noPositional();
        ExportInputs inputs = new ExportInputs(args.option("report"), args.required("name"), args.option("table"),
                args.flag("no-resource-ids") ? Boolean.FALSE : null, args.option("granularity"), args.option("format"),
                args.option("versioning"), args.required("bucket"), args.option("prefix"), args.option("region"),
                args.required("account"), args.option("bucket-owner"));
        S3Settings bucketSide = AwsOptions.settings(args);
        String payerProfile = args.option("payer-profile") != null
                ? S3Settings.parse(args.option("payer-profile"), null, null).profile() : bucketSide.profile();
        try (S3Access s3 = new S3Access(bucketSide);
             BillingApis apis = new BillingApis(BillingApiSettings.forProfile(payerProfile), s3.http())) {
            ExportDefinition definition = ExportDefinition.from(ExportCreator.withBucketRegion(inputs, s3));
            ExportCreator creator = new ExportCreator(s3, apis);
            ExportPlan plan = creator.plan(definition);
            if (!args.flag("yes") || !plan.creatable()) {
                print(plan, null, args.flag("json"), out);
                return plan.creatable() ? ExitCode.OK : ExitCode.FINDINGS;
            }
            ExportCreator.Created created = creator.create(definition);
            print(created.plan(), created, args.flag("json"), out);
            return ExitCode.OK;
        } catch (ActionRefused | S3Failure e) {
            return ActionFailures.report(name(), e, err);
        } catch (BillingApiFailure failure) {
            err.println("billing-pilot " + name() + ": " + failure.getMessage());
            return failure.kind().blocksChecking() ? ExitCode.CANNOT_CHECK : ExitCode.FINDINGS;
        }
    }

    private static void print(ExportPlan plan, ExportCreator.Created created, boolean json, PrintStream out) {
        ExportDefinition d = plan.definition();
        if (json) {
            Map<String, Object> extra = new LinkedHashMap<>(PlanJson.of(plan));
            extra.put("created", created != null);
            extra.put("exportArn", created == null ? null : created.exportArn());
            FindingsOutput.json(out, plan.creatable(), plan.findings(), extra);
            return;
        }
        out.println("Plan: " + (d.isDataExport() ? "create a Data Export" : "create a legacy Cost and Usage Report"));
        for (ExportDefinition.Line line : d.lines()) {
            out.printf("  %-24s %s%n", line.label(), line.value());
        }
        if (d.queryStatement() != null) {
            out.printf("  %-24s %s%n", "Query", d.queryStatement());
        }
        if (plan.analysis() != null) {
            out.println(plan.analysis().deliverable()
                    ? "Bucket policy: lets the writer deliver for account " + d.sourceAccount() + "."
                    : "Bucket policy: would refuse the writer.");
        }
        if (plan.existingArn() == null) {
            out.println("Name: no " + (d.isDataExport() ? "export" : "report") + " of that name in account "
                    + d.sourceAccount() + ".");
        }
        FindingsOutput.text(out, plan.findings());
        if (plan.policyRefusesWriter() && plan.policy() != null) {
            out.println(plan.policy().currentText() == null ? "The bucket has no policy; the policy to write:"
                    : "The merged policy, as a diff against the bucket's policy:");
            for (DiffLine line : plan.policy().diff()) {
                out.println(switch (line.kind()) {
                    case ADDED -> "+ ";
                    case REMOVED -> "- ";
                    case SAME -> "  ";
                } + line.text());
            }
        }
        if (created != null) {
            out.println(d.isDataExport() ? "Created: " + created.exportArn()
                    : "Created: the report definition '" + d.name() + "'.");
            out.println("The first files arrive within 24 hours. Watch it: billing-pilot status --bucket " + d.bucket()
                    + (d.isDataExport() ? " --export " : " --report cur --name ") + d.name());
        } else if (plan.creatable()) {
            out.println("Nothing was created. To create exactly this " + (d.isDataExport() ? "export" : "report")
                    + ", run again with --yes.");
        } else {
            out.println("Nothing was created.");
        }
    }
}

package io.billingpilot.cli;

import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.actions.ActionRefused;
import io.billingpilot.s3.actions.BucketCreator;
import io.billingpilot.s3.actions.BucketPlan;

import java.io.PrintStream;
import java.util.Set;

/** {@code create-bucket --bucket NAME --region REG [--profile P] [--endpoint URL] [--yes]}: without --yes it only says what it would do. */
public final class CreateBucketCommand implements Command {
    @Override
    public String name() {
        return "create-bucket";
    }

    @Override
    public String synopsis() {
        return "create-bucket --bucket NAME --region REG [--profile P] [--endpoint URL] [--yes]\n"
                + "                                                creates the bucket with SSE-S3 and public access blocked";
    }

    @Override
    public Set<String> valueOptions() {
        return AwsOptions.with("bucket");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("yes");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        args.noPositional();
        BucketPlan plan = BucketPlan.parse(args.required("bucket"), args.option("region"));
        if (!args.flag("yes")) {
            out.println("This would:");
            plan.steps().forEach(step -> out.println("  - " + step));
            out.println("Nothing was changed. Run again with --yes to do it.");
            return ExitCode.OK;
        }
        try (S3Access access = new S3Access(AwsOptions.settings(args))) {
            BucketCreator.Created created = new BucketCreator(access).create(plan);
            created.done().forEach(step -> out.println("  done: " + step));
            created.warnings().forEach(warning -> out.println("  warning: " + warning));
            return created.warnings().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
        } catch (ActionRefused | S3Failure e) {
            return ActionFailures.report(name(), e, err);
        }
    }
}

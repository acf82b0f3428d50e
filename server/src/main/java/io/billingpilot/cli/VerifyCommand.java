package io.billingpilot.cli;

import io.billingpilot.s3.BucketRequest;
import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.verify.BucketVerifier;
import io.billingpilot.s3.verify.VerifyResult;

import java.io.PrintStream;
import java.util.Set;

/** {@code verify --bucket NAME [--report R] [--account ID] [--region REG] [--profile P] [--endpoint URL] [--json]}. */
public final class VerifyCommand implements Command {
    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String synopsis() {
        return "verify --bucket NAME [--report R] [--account ID] [--region REG] [--profile P] [--endpoint URL] [--json]\n"
                + "                                                live checks of the bucket through the S3 API";
    }

    @Override
    public Set<String> valueOptions() {
        return AwsOptions.with("bucket", "report", "account");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("json");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        args.noPositional();
        BucketRequest request = AwsOptions.bucket(args);
        try (S3Access access = new S3Access(AwsOptions.settings(args))) {
            VerifyResult result = new BucketVerifier(access).verify(request);
            if (args.flag("json")) {
                FindingsOutput.json(out, result.ok(), result.findings(), result.details());
            } else {
                out.println("Bucket '" + request.bucket() + "' for " + request.policy().report().title()
                        + (result.region() == null ? "" : ", in " + result.region()) + ":");
                ChecklistOutput.text(out, result.checklist());
                out.println(ChecklistOutput.summary(result.checklist()));
            }
            return result.outcome().exitCode();
        }
    }
}

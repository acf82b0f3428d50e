package io.billingpilot.cli;

import io.billingpilot.core.Finding;
import io.billingpilot.policy.DiffLine;
import io.billingpilot.s3.BucketRequest;
import io.billingpilot.s3.Fingerprint;
import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.actions.ActionRefused;
import io.billingpilot.s3.actions.PolicyApplier;
import io.billingpilot.s3.actions.PolicyChanged;
import io.billingpilot.s3.actions.PolicyPreview;

import java.io.PrintStream;
import java.util.Set;

/**
 * {@code apply-policy --bucket NAME [--report R] [--account ID] [--expect-sha256 H] [--yes]}: shows
 * the diff of the merged policy; with --yes writes it, unless the policy changed since it was read
 * (or no longer has the fingerprint given with --expect-sha256).
 */
public final class ApplyPolicyCommand implements Command {
    @Override
    public String name() {
        return "apply-policy";
    }

    @Override
    public String synopsis() {
        return "apply-policy --bucket NAME [--report R] [--account ID] [--expect-sha256 H] [--yes] [AWS options]\n"
                + "                                                merges the billing statements into the bucket policy";
    }

    @Override
    public Set<String> valueOptions() {
        return AwsOptions.with("bucket", "report", "account", "expect-sha256");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("yes");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        args.noPositional();
        BucketRequest request = AwsOptions.bucket(args);
        String given = args.option("expect-sha256");
        if (given != null && !Fingerprint.isWellFormed(given)) {
            throw new UsageException("--expect-sha256 takes the 64 hex digits printed with the diff.");
        }
        try (S3Access access = new S3Access(AwsOptions.settings(args))) {
            PolicyApplier applier = new PolicyApplier(access);
            PolicyPreview preview = applier.preview(request);
            printDiff(out, preview);
            if (!preview.changes()) {
                out.println("The bucket policy already holds the billing statements: nothing to change.");
                return ExitCode.OK;
            }
            String expected = given != null ? given : preview.sha256();
            if (!args.flag("yes")) {
                out.println("Nothing was changed. To apply exactly this change, run again with: --yes --expect-sha256 "
                        + preview.sha256());
                return ExitCode.OK;
            }
            PolicyApplier.Applied applied = applier.apply(request, expected);
            out.println("Applied: the bucket policy was written.");
            applied.analysis().findings().stream().filter(Finding::isError).forEach(finding ->
                    out.println("  still wrong: " + finding.message() + "  Fix: " + finding.fix()));
            return applied.analysis().deliverable() ? ExitCode.OK : ExitCode.FINDINGS;
        } catch (PolicyChanged changed) {
            err.println("billing-pilot apply-policy: " + changed.getMessage());
            out.println("The policy now is different; this is the change against it:");
            printDiff(out, changed.current());
            return ExitCode.FINDINGS;
        } catch (ActionRefused | S3Failure e) {
            return ActionFailures.report(name(), e, err);
        }
    }

    private static void printDiff(PrintStream out, PolicyPreview preview) {
        out.println(preview.currentText() == null
                ? "The bucket has no policy; this one would be written:"
                : "Changes to the bucket policy of '" + preview.request().bucket() + "':");
        for (DiffLine line : preview.diff()) {
            String mark = switch (line.kind()) {
                case ADDED -> "+ ";
                case REMOVED -> "- ";
                case SAME -> "  ";
            };
            out.println(mark + line.text());
        }
        out.println("Fingerprint of the policy as read: " + preview.sha256());
    }
}

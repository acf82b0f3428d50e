package io.billingpilot.exports.create;

import io.billingpilot.core.BucketName;
import io.billingpilot.core.Finding;
import io.billingpilot.exports.ExportInputs;
import io.billingpilot.exports.SideBySide;
import io.billingpilot.s3.BucketLocator;
import io.billingpilot.s3.S3Errors;
import io.billingpilot.core.Partition;
import io.billingpilot.exports.ExportDefinition;
import io.billingpilot.exports.aws.BillingApiFailure;
import io.billingpilot.exports.aws.BillingApis;
import io.billingpilot.policy.PolicyAnalysis;
import io.billingpilot.policy.PolicyAnalyzer;
import io.billingpilot.policy.PolicyRequest;
import io.billingpilot.s3.BucketRequest;
import io.billingpilot.s3.S3Access;
import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.actions.ActionRefused;
import io.billingpilot.s3.actions.PolicyApplier;
import io.billingpilot.s3.actions.PolicyPreview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans and creates a Data Export or a legacy CUR report definition. The bucket side (its policy,
 * read through S3) uses the bucket owner's credentials; the export side (name lookup, creation)
 * the payer's: they differ when the bucket belongs to another account.
 */
public final class ExportCreator {
    private final S3Access bucketSide;
    private final BillingApis payerSide;

    public ExportCreator(S3Access bucketSide, BillingApis payerSide) {
        this.bucketSide = bucketSide;
        this.payerSide = payerSide;
    }

    /**
     * The inputs with the bucket's region filled in from S3 when none was given (the export must name
     * the bucket's own region). Left as they are when the bucket name is invalid: the definition says so.
     *
     * @throws S3Failure when the bucket cannot be reached (no credentials, no such bucket, ...)
     */
    public static ExportInputs withBucketRegion(ExportInputs inputs, S3Access bucketSide) {
        if (inputs.region() != null && !inputs.region().isBlank() || !BucketName.isValid(inputs.bucket())) {
            return inputs;
        }
        String region = new BucketLocator(bucketSide).reach(inputs.bucket(), null).region();
        return inputs.withRegion(S3Errors.isRegion(region) ? region : bucketSide.defaultRegion());
    }

    /** The plan, read concurrently: the bucket policy through S3, the name through the billing API. */
    public ExportPlan plan(ExportDefinition definition) {
        SideBySide<Optional<String>> existing = SideBySide.start(() -> existing(definition), bucketSide.executor());
        PolicyRead read = readPolicy(definition);
        Optional<String> taken = existing.join();
        List<Finding> findings = new ArrayList<>(read.findings());
        taken.ifPresent(holder -> findings.add(Finding.error("export-name-taken", (definition.isDataExport()
                ? "An export named '" : "A report named '") + definition.name() + "' exists already in account "
                + definition.sourceAccount() + " (" + holder + ").", "Choose another name, or watch the existing one"
                + " with: billing-pilot status --bucket " + definition.bucket() + (definition.isDataExport()
                ? " --export " : " --report cur --name ") + definition.name())));
        return new ExportPlan(definition, read.preview(), read.analysis(), taken.orElse(null), findings);
    }

    /** The result of a creation: the plan it followed and what AWS named the new export. */
    public record Created(ExportPlan plan, String exportArn) {
    }

    /**
     * Creates the export when its plan allows it.
     *
     * @throws ActionRefused when the plan has errors, or AWS refuses (member account, name taken, invalid)
     */
    public Created create(ExportDefinition definition) {
        ExportPlan plan = plan(definition);
        if (!plan.creatable()) {
            Finding first = plan.findings().stream().filter(Finding::isError).findFirst().orElseThrow();
            throw new ActionRefused(first.message(), first.fix());
        }
        Partition partition = Partition.ofRegion(definition.bucketRegion());
        try {
            if (definition.isDataExport()) {
                return new Created(plan, payerSide.dataExports(partition).create(definition));
            }
            payerSide.cur(partition).put(definition);
            return new Created(plan, null);
        } catch (BillingApiFailure failure) {
            throw refusal(failure, definition);
        }
    }

    private static RuntimeException refusal(BillingApiFailure failure, ExportDefinition definition) {
        return switch (failure.kind()) {
            case EMPTY_VALIDATION -> new ActionRefused("AWS refused to create '" + definition.name() + "' without"
                    + " saying why (an empty ValidationException). The request went to the control plane's region,"
                    + " so the likely cause is that account " + definition.sourceAccount() + " is a member account of"
                    + " an organization: only the management (payer) account can create billing exports.",
                    "Run create-export with the management account's credentials (--payer-profile NAME).");
            case NAME_TAKEN, VALIDATION, QUOTA, REFUSED -> new ActionRefused(failure.getMessage(), "");
            default -> failure;
        };
    }

    private record PolicyRead(PolicyPreview preview, PolicyAnalysis analysis, List<Finding> findings) {
    }

    private PolicyRead readPolicy(ExportDefinition definition) {
        PolicyRequest request = new PolicyRequest(definition.bucket(), definition.report(), definition.sourceAccount(),
                Partition.ofRegion(definition.bucketRegion()));
        PolicyPreview preview;
        try {
            preview = new PolicyApplier(bucketSide).preview(new BucketRequest(request, definition.bucketRegion()));
        } catch (S3Failure failure) {
            if (failure.is(S3Failure.Kind.NO_SUCH_BUCKET)) {
                return new PolicyRead(null, null, List.of(Finding.error("no-such-bucket", "The bucket '"
                        + definition.bucket() + "' does not exist" + (definition.crossAccount() ? " (or not for these"
                        + " credentials)" : "") + ".", "Create it first: billing-pilot create-bucket --bucket "
                        + definition.bucket() + " --region " + definition.bucketRegion() + " --yes")));
            }
            throw failure;
        }
        if (preview.region() != null && !preview.region().equals(definition.bucketRegion())
                && io.billingpilot.s3.S3Errors.isRegion(preview.region())) {
            return new PolicyRead(preview, null, List.of(Finding.error("export-region-mismatch", "The bucket '"
                    + definition.bucket() + "' is in " + preview.region() + ", not " + definition.bucketRegion() + ".",
                    "Give --region " + preview.region() + ": the export must name the bucket's own region.")));
        }
        PolicyAnalysis analysis = PolicyAnalyzer.analyze(preview.currentText(), request);
        List<Finding> findings = new ArrayList<>();
        if (!analysis.deliverable()) {
            findings.add(Finding.error("export-policy-refuses", "The bucket policy of '" + definition.bucket()
                    + "' would refuse " + (definition.isDataExport() ? "Data Exports" : "the Cost and Usage Report")
                    + " writing for account " + definition.sourceAccount() + ", so AWS would refuse to create the "
                    + (definition.isDataExport() ? "export" : "report") + ".", "Write the merged policy shown with its"
                    + " diff: billing-pilot apply-policy --bucket " + definition.bucket() + " --report "
                    + definition.report().id() + " --account " + definition.sourceAccount() + " --region "
                    + definition.bucketRegion() + (definition.crossAccount() ? " --profile BUCKET-OWNER-PROFILE" : "")
                    + " --yes --expect-sha256 " + preview.sha256()));
        }
        return new PolicyRead(preview, analysis, findings);
    }

    private Optional<String> existing(ExportDefinition definition) {
        Partition partition = Partition.ofRegion(definition.bucketRegion());
        String name = definition.name().value();
        if (definition.isDataExport()) {
            return payerSide.dataExports(partition).find(name).map(found -> found.arn());
        }
        return payerSide.cur(partition).find(name).map(found -> "report definition " + found.name());
    }
}

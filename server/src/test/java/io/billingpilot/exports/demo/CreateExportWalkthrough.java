package io.billingpilot.exports.demo;

import io.billingpilot.exports.fake.FakeBillingApis;
import io.billingpilot.exports.fake.FakeClients;
import io.billingpilot.exports.fake.FakeExport;
import io.billingpilot.s3.support.Cli;
import io.billingpilot.s3.support.DefaultChain;
import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.s3.support.Policies;

/**
 * Prints a create-export run against the fake billing APIs and LocalS3, as a person would see it:
 * the refusal while the bucket's policy would stop the writer, apply-policy, the plan, the
 * creation, the first delivery, and status --export showing DELIVERY_SUCCESS.
 * Run with the test classpath (see scripts/bench-verify for how it is built).
 */
public final class CreateExportWalkthrough {
    private static final String BUCKET = "acme-billing-exports";
    private static final String PAYER = FakeClients.PAYER;

    private CreateExportWalkthrough() {
    }

    public static void main(String[] args) throws Exception {
        LocalS3Server s3 = LocalS3Server.shared();
        s3.createBucket(BUCKET);
        s3.putPolicy(BUCKET, Policies.legacy(BUCKET));
        String endpoint = s3.endpoint().toString();
        try (FakeBillingApis fake = FakeClients.withTestKey(FakeBillingApis.start(FakeClients.policiesOf(s3)));
             DefaultChain keys = DefaultChain.withTestKeys();
             AutoCloseable endpoints = FakeClients.endpointProperties(fake)) {
            String[] create = {"create-export", "--bucket", BUCKET, "--account", PAYER, "--name", "acme-cur2",
                    "--region", "us-east-1", "--prefix", "billing", "--endpoint", endpoint};
            show(create);
            String sha = io.billingpilot.s3.Fingerprint.of(s3.policy(BUCKET));
            show("apply-policy", "--bucket", BUCKET, "--report", "data-exports", "--account", PAYER, "--region",
                    "us-east-1", "--endpoint", endpoint, "--yes", "--expect-sha256", sha);
            show(create);
            String[] confirmed = java.util.Arrays.copyOf(create, create.length + 1);
            confirmed[create.length] = "--yes";
            show(confirmed);
            FakeExport export = fake.export(PAYER, "acme-cur2").orElseThrow();
            System.out.println("# (the fake delivers the first files, as AWS would within 24 hours)");
            fake.deliver(export, "2026-11", FakeClients.filesOf(s3));
            show("status", "--bucket", BUCKET, "--export", "acme-cur2", "--account", PAYER, "--prefix", "billing",
                    "--endpoint", endpoint);
        }
        System.exit(0);
    }

    private static void show(String... argv) {
        System.out.println("$ billing-pilot " + String.join(" ", argv).replaceAll("--endpoint http://\\S+", "--endpoint LOCAL-S3"));
        Cli.Run run = Cli.run(argv);
        System.out.print(run.out());
        System.err.print(run.err());
        System.out.println("# exit " + run.exit());
        System.out.println();
    }
}

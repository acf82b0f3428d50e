package io.billingpilot.exports.watch;

import io.billingpilot.core.Partition;
import io.billingpilot.exports.ExportDefinition;
import io.billingpilot.exports.ExportInputs;
import io.billingpilot.exports.aws.BillingApis;
import io.billingpilot.exports.fake.FakeBillingApis;
import io.billingpilot.exports.fake.FakeClients;
import io.billingpilot.exports.fake.FakeExport;
import io.billingpilot.s3.support.Cli;
import io.billingpilot.s3.support.DefaultChain;
import io.billingpilot.s3.support.LocalS3Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** status --export NAME --prefix P lists PREFIX/NAME/ only, not the other exports under the same prefix. */
@Timeout(120)
class ExportStatusFolderTest {
    private static final String PAYER = FakeClients.PAYER;
    private final LocalS3Server s3 = LocalS3Server.shared();
    private final FakeBillingApis fake = FakeClients.withTestKey(FakeBillingApis.start(FakeClients.policiesOf(s3)));

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void a_named_export_is_looked_for_in_its_own_folder_under_the_prefix() throws Exception {
        String bucket = "export-status-folder";
        s3.createBucket(bucket);
        s3.putPolicy(bucket, FakeClients.dataExportsPolicy(bucket, PAYER));
        try (BillingApis apis = new BillingApis(FakeClients.settings(fake))) {
            apis.dataExports(Partition.AWS).create(ExportDefinition.from(ExportInputs.dataExport("mine", bucket,
                    "us-east-1", PAYER).withPrefix("billing")));
        }
        FakeExport mine = fake.export(PAYER, "mine").orElseThrow();
        fake.deliver(mine, "2026-11", FakeClients.filesOf(s3));
        s3.put(bucket, "billing/theirs/data/BILLING_PERIOD=2026-11/theirs-00001.csv.gz", "x");
        s3.put(bucket, "billing/theirs/metadata/BILLING_PERIOD=2026-11/theirs-Manifest.json", "{}");

        Cli.Run run;
        try (DefaultChain ignored = DefaultChain.withTestKeys(); AutoCloseable endpoints = FakeClients.endpointProperties(fake)) {
            run = Cli.run("status", "--endpoint", s3.endpoint().toString(), "--bucket", bucket, "--export", "mine",
                    "--account", PAYER, "--prefix", "/billing/");
        }
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.out().contains("billing/mine/"), run.out());
        assertFalse(run.out().contains("billing/theirs/"), "another export's folder is not listed:\n" + run.out());
    }
}

package io.billingpilot.exports.fake;

import io.billingpilot.s3.support.LocalS3Server;
import io.billingpilot.support.TestServer;

/**
 * A billing-pilot server on LocalS3 whose Data Exports and CUR clients reach the fake APIs (through
 * the SDK's endpoint properties), for the test classes that drive the server's API and pages.
 */
public record ServerWithFakeApis(FakeBillingApis fake, TestServer server, AutoCloseable endpoints) implements AutoCloseable {

    /** The fake checks each export's destination policy in s3's buckets. */
    public static ServerWithFakeApis start(LocalS3Server s3) {
        FakeBillingApis fake = FakeClients.withTestKey(FakeBillingApis.start(FakeClients.policiesOf(s3)));
        AutoCloseable endpoints = FakeClients.endpointProperties(fake);
        return new ServerWithFakeApis(fake, TestServer.startWithS3(s3.settings()), endpoints);
    }

    @Override
    public void close() throws Exception {
        server.close();
        endpoints.close();
        fake.close();
    }
}

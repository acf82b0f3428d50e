package io.billingpilot.exports.aws;

import software.amazon.awssdk.http.SdkHttpClient;

import java.util.function.Supplier;

/**
 * The server's access to the billing APIs, made on first use with the server's start-up profile,
 * so a server whose export features are never used looks for no credentials.
 */
public final class BillingApisHolder implements AutoCloseable {
    private final BillingApiSettings settings;
    private final Supplier<SdkHttpClient> sharedHttp;
    private BillingApis apis;

    /** @param sharedHttp gives the server's shared HTTP client (asked on first use), or null for one of its own */
    public BillingApisHolder(BillingApiSettings settings, Supplier<SdkHttpClient> sharedHttp) {
        this.settings = settings == null ? BillingApiSettings.DEFAULT : settings;
        this.sharedHttp = sharedHttp;
    }

    public synchronized BillingApis get() {
        if (apis == null) {
            apis = new BillingApis(settings, sharedHttp == null ? null : sharedHttp.get());
        }
        return apis;
    }

    @Override
    public synchronized void close() {
        if (apis != null) {
            apis.close();
            apis = null;
        }
    }
}

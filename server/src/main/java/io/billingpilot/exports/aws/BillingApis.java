package io.billingpilot.exports.aws;

import io.billingpilot.core.Partition;
import io.billingpilot.s3.Credentials;
import io.billingpilot.s3.S3Settings;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The long-lived access to the billing APIs for one identity: one client per service and
 * partition (at most six), all sharing one credentials provider and one HTTP client. Created once
 * per CLI run or server; an HTTP client handed in (the server's shared one) is used and not closed.
 */
public final class BillingApis implements AutoCloseable {
    private final BillingApiSettings settings;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient http;
    private final boolean ownsHttp;
    private final Map<String, AwsJsonClient> clients = new ConcurrentHashMap<>();

    public BillingApis(BillingApiSettings settings, SdkHttpClient sharedHttp) {
        this.settings = settings;
        this.credentials = settings.credentials() != null ? settings.credentials()
                : Credentials.provider(new S3Settings(settings.profile(), null, null, null, null, null));
        this.ownsHttp = sharedHttp == null;
        this.http = sharedHttp != null ? sharedHttp : Apache5HttpClient.builder()
                .connectionTimeout(settings.timeouts().connect())
                .socketTimeout(settings.timeouts().attempt())
                .maxConnections(8)
                .build();
    }

    public BillingApis(BillingApiSettings settings) {
        this(settings, null);
    }

    public BillingApiSettings settings() {
        return settings;
    }

    public DataExportsClient dataExports(Partition partition) {
        return new DataExportsClient(client(BillingService.DATA_EXPORTS, partition));
    }

    public CurReportsClient cur(Partition partition) {
        return new CurReportsClient(client(BillingService.CUR, partition));
    }

    AwsJsonClient client(BillingService service, Partition partition) {
        String region = BillingService.controlRegion(partition);
        if (region == null) {
            throw new BillingApiFailure(BillingApiFailure.Kind.UNAVAILABLE, "AWS GovCloud (US) has no "
                    + service.title() + " endpoint; billing exports are set up from the commercial partition.");
        }
        return clients.computeIfAbsent(service.name() + "/" + partition.id(), key -> new AwsJsonClient(service,
                settings.endpoints().resolve(service, partition, settings.profile()), region, credentials,
                settings.profile(), http, settings.timeouts()));
    }

    @Override
    public void close() {
        clients.clear();
        if (ownsHttp) {
            http.close();
        }
        if (settings.credentials() == null && credentials instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
    }
}

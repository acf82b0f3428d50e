package io.billingpilot.exports.aws;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Partition;
import io.billingpilot.core.Texts;
import software.amazon.awssdk.profiles.ProfileFile;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where a billing API's requests go, by the SDK's conventions, first match wins: the
 * service-specific system property and environment variable ({@code AWS_ENDPOINT_URL_BCM_DATA_EXPORTS},
 * {@code AWS_ENDPOINT_URL_COST_AND_USAGE_REPORT_SERVICE}), the global {@code aws.endpointUrl} /
 * {@code AWS_ENDPOINT_URL}, the profile's {@code endpoint_url}, else the public endpoint of the
 * partition. {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true} skips everything configured.
 */
public final class Endpoints {
    private final Function<String, String> environment;
    private final Function<String, String> properties;
    private final Supplier<ProfileFile> profiles;

    public Endpoints(Function<String, String> environment, Function<String, String> properties,
                     Supplier<ProfileFile> profiles) {
        this.environment = environment;
        this.properties = properties;
        this.profiles = profiles;
    }

    /** The process's own environment, system properties and shared AWS files. */
    public static Endpoints ofSystem() {
        return new Endpoints(System::getenv, System::getProperty, ProfileFile::defaultProfileFile);
    }

    public URI resolve(BillingService service, Partition partition, String profile) {
        return configured(service, profile).orElseGet(() -> URI.create(service.defaultEndpoint(partition)));
    }

    /** The endpoint set by configuration, when one is. */
    public Optional<URI> configured(BillingService service, String profile) {
        if ("true".equalsIgnoreCase(first(properties.apply("aws.ignoreConfiguredEndpointUrls"),
                environment.apply("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")))) {
            return Optional.empty();
        }
        String value = first(properties.apply(service.endpointProperty()), environment.apply(service.endpointVariable()),
                properties.apply("aws.endpointUrl"), environment.apply("AWS_ENDPOINT_URL"));
        String source = "the endpoint setting";
        if (value == null) {
            value = profileEndpoint(profile);
            source = "the profile's endpoint_url";
        }
        return value == null ? Optional.empty() : Optional.of(parse(value, source));
    }

    private String profileEndpoint(String profile) {
        String name = profile != null ? profile : first(environment.apply("AWS_PROFILE"), "default");
        try {
            return profiles.get().profile(name).flatMap(p -> p.property("endpoint_url")).orElse(null);
        } catch (RuntimeException e) {
            // An unreadable config file is the credentials chain's to report; the public endpoint is used.
            return null;
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    static URI parse(String value, String source) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new InvalidInputException("'" + Texts.clip(value) + "' in " + source
                + " is not an endpoint URL: give http(s)://HOST[:PORT].");
    }
}

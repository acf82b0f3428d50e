package io.billingpilot.s3;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Regions;
import io.billingpilot.core.Texts;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where and as whom billing-pilot talks to S3: an optional named profile, a default region,
 * an optional endpoint of an S3-compatible server (path-style), and, for tests only, fixed
 * credentials and extra interceptors. Without fixed credentials the SDK's default chain is used
 * (environment, profiles including SSO, container and instance roles).
 */
public record S3Settings(String profile, String region, URI endpoint, AwsCredentialsProvider credentials,
                         S3Timeouts timeouts, List<ExecutionInterceptor> interceptors) {
    private static final Pattern PROFILE = Pattern.compile("[A-Za-z0-9_.+@-]{1,64}");

    public static final S3Settings DEFAULT = new S3Settings(null, null, null, null, S3Timeouts.DEFAULT, List.of());

    public S3Settings {
        timeouts = timeouts == null ? S3Timeouts.DEFAULT : timeouts;
        interceptors = List.copyOf(interceptors == null ? List.of() : interceptors);
    }

    /** Validates the raw option values of the command line or the server's start-up options. */
    public static S3Settings parse(String profile, String region, String endpoint) {
        return new S3Settings(parseProfile(profile), Regions.parse(region), parseEndpoint(endpoint), null,
                S3Timeouts.DEFAULT, List.of());
    }

    public S3Settings withCredentials(AwsCredentialsProvider provider) {
        return new S3Settings(profile, region, endpoint, provider, timeouts, interceptors);
    }

    public S3Settings withEndpoint(URI newEndpoint) {
        return new S3Settings(profile, region, newEndpoint, credentials, timeouts, interceptors);
    }

    public S3Settings withInterceptor(ExecutionInterceptor interceptor) {
        List<ExecutionInterceptor> all = new ArrayList<>(interceptors);
        all.add(interceptor);
        return new S3Settings(profile, region, endpoint, credentials, timeouts, all);
    }

    /** Where requests go, for messages: the endpoint's host or "Amazon S3". */
    public String serverName() {
        return endpoint == null ? "Amazon S3" : "the S3-compatible server at " + endpoint.getHost()
                + (endpoint.getPort() > 0 ? ":" + endpoint.getPort() : "");
    }

    /** Never shows the credentials provider, which may hold keys. */
    @Override
    public String toString() {
        return "S3Settings[profile=" + profile + ", region=" + region + ", endpoint=" + endpoint + "]";
    }

    private static String parseProfile(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!PROFILE.matcher(value).matches()) {
            throw new InvalidInputException("'" + Texts.clip(value) + "' is not a profile name of the AWS config "
                    + "(letters, digits and . _ - + @ only).");
        }
        return value;
    }

    private static URI parseEndpoint(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            throw badEndpoint(value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw badEndpoint(value);
        }
        return uri;
    }

    private static InvalidInputException badEndpoint(String value) {
        return new InvalidInputException("'" + Texts.clip(value) + "' is not an endpoint URL: give http(s)://HOST[:PORT] "
                + "of an S3-compatible server.");
    }
}

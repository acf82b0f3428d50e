package io.billingpilot.exports.fake;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a request's SigV4 signature the way AWS does: reads the credential scope from the
 * Authorization header, signs the same request again with the SDK's own {@link AwsV4HttpSigner}
 * (the secret of that access key, the scope's region and service, the request's X-Amz-Date) and
 * compares the results.
 */
final class SigV4Verifier {
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** Headers the signer sets itself from the identity, the clock and the payload. */
    private static final Set<String> SIGNER_HEADERS = Set.of("x-amz-date", "x-amz-security-token",
            "x-amz-content-sha256", "authorization");

    /** The signing scope a valid request carries. */
    record Scope(String accessKey, String region, String service) {
    }

    /** Why a request is refused, as the service's error type and message. */
    record Refusal(int status, String type, String message) {
    }

    /** A known key: its secret, optional session token and the account it belongs to. */
    record Key(String secret, String sessionToken, String account) {
    }

    private SigV4Verifier() {
    }

    /**
     * @return the scope when the signature is valid; otherwise the refusal AWS would answer
     */
    static Object verify(String host, Map<String, List<String>> headers, byte[] body, Map<String, Key> keys) {
        String authorization = header(headers, "authorization").orElse(null);
        Matcher m = authorization == null ? null : AUTHORIZATION.matcher(authorization);
        if (m == null || !m.matches()) {
            return new Refusal(400, "MissingAuthenticationTokenException", "Missing or malformed Authorization header.");
        }
        Key key = keys.get(m.group(1));
        if (key == null) {
            return new Refusal(400, "UnrecognizedClientException", "The security token included in the request is invalid.");
        }
        if (key.sessionToken() != null && !key.sessionToken().equals(header(headers, "x-amz-security-token").orElse(null))) {
            return new Refusal(400, "UnrecognizedClientException", "The security token included in the request is invalid.");
        }
        Instant signedAt;
        try {
            signedAt = Instant.from(AMZ_DATE.parse(header(headers, "x-amz-date").orElse("")));
        } catch (RuntimeException e) {
            return new Refusal(400, "IncompleteSignatureException", "X-Amz-Date is missing or malformed.");
        }
        String region = m.group(3);
        String service = m.group(4);
        SdkHttpFullRequest.Builder request = SdkHttpFullRequest.builder().method(SdkHttpMethod.POST)
                .uri(URI.create("http://" + host + "/"));
        for (String name : m.group(5).split(";")) {
            if (!SIGNER_HEADERS.contains(name)) {
                header(headers, name).ifPresent(value -> request.putHeader(name, value));
            }
        }
        AwsCredentialsIdentity identity = key.sessionToken() == null
                ? AwsCredentialsIdentity.create(m.group(1), key.secret())
                : AwsSessionCredentialsIdentity.create(m.group(1), key.secret(), key.sessionToken());
        SignedRequest again = AwsV4HttpSigner.create().sign(sign -> sign.identity(identity)
                .request(request.build())
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)));
        String expected = again.request().firstMatchingHeader("Authorization").orElse("");
        if (!expected.equals(authorization)) {
            return new Refusal(403, "InvalidSignatureException", "The request signature we calculated does not match"
                    + " the signature you provided.");
        }
        return new Scope(m.group(1), region, service);
    }

    static Optional<String> header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey().toLowerCase(Locale.ROOT).equals(name) && !entry.getValue().isEmpty()) {
                return Optional.of(entry.getValue().get(0));
            }
        }
        return Optional.empty();
    }
}

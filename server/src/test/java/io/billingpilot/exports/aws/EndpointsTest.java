package io.billingpilot.exports.aws;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Partition;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.profiles.ProfileFile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EndpointsTest {
    private static final String CONFIG = """
            [default]
            region = eu-west-1
            [profile payer]
            endpoint_url = http://127.0.0.1:4566
            """;

    private static Endpoints with(Map<String, String> env, Map<String, String> properties) {
        return new Endpoints(env::get, properties::get, () -> ProfileFile.builder()
                .content(new ByteArrayInputStream(CONFIG.getBytes(StandardCharsets.UTF_8)))
                .type(ProfileFile.Type.CONFIGURATION).build());
    }

    @Test
    void without_configuration_the_public_endpoints_of_the_control_plane_are_used() {
        Endpoints none = with(Map.of(), Map.of());
        assertEquals("https://bcm-data-exports.us-east-1.api.aws",
                none.resolve(BillingService.DATA_EXPORTS, Partition.AWS, null).toString());
        assertEquals("https://cur.us-east-1.amazonaws.com", none.resolve(BillingService.CUR, Partition.AWS, null).toString());
        assertEquals("https://cur.cn-northwest-1.amazonaws.com.cn",
                none.resolve(BillingService.CUR, Partition.AWS_CN, null).toString());
    }

    @Test
    void the_service_variable_wins_over_the_global_one_and_the_profile() {
        Endpoints env = with(Map.of("AWS_ENDPOINT_URL_BCM_DATA_EXPORTS", "http://127.0.0.1:1111",
                "AWS_ENDPOINT_URL", "http://127.0.0.1:2222"), Map.of());
        assertEquals("http://127.0.0.1:1111", env.resolve(BillingService.DATA_EXPORTS, Partition.AWS, "payer").toString());
        assertEquals("http://127.0.0.1:2222", env.resolve(BillingService.CUR, Partition.AWS, "payer").toString());
    }

    @Test
    void the_cur_service_has_its_own_variable() {
        Endpoints env = with(Map.of("AWS_ENDPOINT_URL_COST_AND_USAGE_REPORT_SERVICE", "http://127.0.0.1:3333"), Map.of());
        assertEquals("http://127.0.0.1:3333", env.resolve(BillingService.CUR, Partition.AWS, null).toString());
        assertEquals("https://bcm-data-exports.us-east-1.api.aws",
                env.resolve(BillingService.DATA_EXPORTS, Partition.AWS, null).toString());
    }

    @Test
    void system_properties_come_before_the_environment() {
        Endpoints both = with(Map.of("AWS_ENDPOINT_URL_BCM_DATA_EXPORTS", "http://127.0.0.1:1111"),
                Map.of("aws.endpointUrlBcmDataExports", "http://127.0.0.1:9999"));
        assertEquals("http://127.0.0.1:9999", both.resolve(BillingService.DATA_EXPORTS, Partition.AWS, null).toString());
    }

    @Test
    void a_profiles_endpoint_url_is_used_for_that_profile_only() {
        Endpoints profile = with(Map.of(), Map.of());
        assertEquals("http://127.0.0.1:4566", profile.resolve(BillingService.CUR, Partition.AWS, "payer").toString());
        assertEquals("https://cur.us-east-1.amazonaws.com", profile.resolve(BillingService.CUR, Partition.AWS, null).toString());
    }

    @Test
    void configured_endpoints_can_be_ignored_as_the_sdk_allows() {
        Endpoints ignored = with(Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:2222",
                "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"), Map.of());
        assertEquals("https://cur.us-east-1.amazonaws.com", ignored.resolve(BillingService.CUR, Partition.AWS, "payer").toString());
    }

    @Test
    void a_malformed_endpoint_is_a_clear_error() {
        Endpoints bad = with(Map.of("AWS_ENDPOINT_URL", "ftp://x"), Map.of());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> bad.resolve(BillingService.CUR, Partition.AWS, null));
        assertEquals("'ftp://x' in the endpoint setting is not an endpoint URL: give http(s)://HOST[:PORT].", e.getMessage());
    }
}

package io.billingpilot.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionsTest {
    @Test
    void every_region_the_guide_offers_is_known() {
        for (String region : Regions.COMMON) {
            assertEquals(region, Regions.parse(region));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zz-abc-1", "us-east-99", "eu-nowhere-1", "aws-global", "US-EAST-1", "us_east_1"})
    void a_region_the_sdk_does_not_know_is_refused_with_a_reason(String region) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Regions.parse(region));
        assertTrue(refused.getMessage().contains("region"), refused.getMessage());
    }
}

package io.billingpilot.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionTest {
    @Test
    void every_region_the_guide_offers_is_one_it_accepts() {
        for (String id : Regions.COMMON) {
            assertEquals(id, Region.parse(id).id());
        }
    }

    @Test
    void a_region_of_the_right_shape_that_aws_does_not_have_is_refused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Region.parse("zz-nowhere-9"));
        assertTrue(refused.getMessage().contains("zz-nowhere-9"), refused.getMessage());
        assertThrows(InvalidInputException.class, () -> Region.parse("<script>"));
    }

    @Test
    void blank_means_none_and_the_partition_follows_the_region() {
        assertNull(Region.parse("  "));
        assertEquals(Partition.AWS_CN, Region.parse("cn-north-1").partition());
        assertEquals(Partition.AWS, Region.DEFAULT.partition());
    }
}

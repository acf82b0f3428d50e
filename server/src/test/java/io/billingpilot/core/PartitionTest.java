package io.billingpilot.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PartitionTest {
    @Test
    void the_region_decides_the_partition() {
        assertEquals(Partition.AWS, Partition.ofRegion(null));
        assertEquals(Partition.AWS, Partition.ofRegion("eu-west-1"));
        assertEquals(Partition.AWS_CN, Partition.ofRegion("cn-northwest-1"));
        assertEquals(Partition.AWS_US_GOV, Partition.ofRegion("us-gov-west-1"));
    }

    @Test
    void partition_names_parse_in_any_case_and_others_are_refused() {
        assertEquals(Partition.AWS_CN, Partition.parse(" AWS-CN "));
        assertEquals(Partition.DEFAULT, Partition.parse(null));
        assertThrows(InvalidInputException.class, () -> Partition.parse("aws-eu"));
    }
}

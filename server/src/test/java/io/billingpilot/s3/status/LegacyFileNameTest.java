package io.billingpilot.s3.status;

import io.billingpilot.core.LegacyReport;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LegacyFileNameTest {
    private static LegacyFileName.Parsed parse(String key) {
        return LegacyFileName.parse(key).orElseThrow(() -> new AssertionError("not recognised: " + key));
    }

    @Test
    void each_of_the_four_legacy_reports_is_recognised_with_its_account_and_month() {
        assertEquals(LegacyReport.MONTHLY, parse("123456789012-aws-billing-csv-2024-05.csv").report());
        assertEquals(LegacyReport.DETAILED, parse("123456789012-aws-billing-detailed-line-items-2024-05.csv.zip").report());
        assertEquals(LegacyReport.COST_ALLOCATION, parse("123456789012-aws-cost-allocation-2024-05.csv").report());
        LegacyFileName.Parsed tags = parse("123456789012-aws-billing-detailed-line-items-with-resources-and-tags-2024-05.csv.zip");
        assertEquals(LegacyReport.DETAILED_TAGS, tags.report());
        assertEquals("123456789012", tags.account());
        assertEquals(YearMonth.of(2024, 5), tags.month());
        assertNull(tags.variant());
    }

    @Test
    void regional_variants_are_recognised_before_the_month_and_after_the_report_family() {
        assertEquals("ACTS", parse("936669166135-aws-billing-detailed-line-items-ACTS-2017-08.csv.zip").variant());
        assertEquals("ACTS-Ningxia", parse("936669166135-aws-billing-csv-ACTS-Ningxia-2017-09.csv").variant());
        assertEquals("AISPL", parse("936669166135-aws-cost-allocation-AISPL-2017-09.csv").variant());
        LegacyFileName.Parsed early = parse("936669166135-aws-billing-AISPL-csv-2017-09.csv");
        assertEquals(LegacyReport.MONTHLY, early.report());
        assertEquals("AISPL", early.variant());
    }

    @Test
    void other_keys_are_not_taken_for_report_files() {
        for (String key : new String[]{"aws-programmatic-access-test-object", "12345678901-aws-billing-csv-2024-05.csv",
                "123456789012-aws-billing-csv-2024-13.csv", "123456789012-aws-billing-pdf-2024-05.pdf",
                "123456789012-aws-billing-csv-ACTS-AISPL-2024-05.csv", "logs/123456789012-aws-billing-csv-2024-05.csv",
                "123456789012-aws-cost-allocation-csv-2024-05.csv"}) {
            assertTrue(LegacyFileName.parse(key).isEmpty(), key);
        }
    }
}

package io.billingpilot.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportPrefixTest {
    private static List<String> codes(ReportType report, String prefix) {
        return ExportPrefix.problems(report, prefix).stream().map(ExportPrefix.Problem::code).toList();
    }

    @Test
    void no_prefix_is_the_bucket_root() {
        assertEquals("", ExportPrefix.parse(ReportType.DATA_EXPORTS, null));
        assertEquals("", ExportPrefix.parse(ReportType.CUR, ""));
    }

    @Test
    void folders_without_slashes_at_the_ends_are_valid() {
        assertEquals("billing/aws", ExportPrefix.parse(ReportType.CUR, "billing/aws"));
        assertEquals("billing/aws reports", ExportPrefix.parse(ReportType.DATA_EXPORTS, "billing/aws reports"));
    }

    @ParameterizedTest(name = "''{1}'' breaks {2} for {0}")
    @CsvSource(delimiter = '|', value = {
            "cur|/billing|edge-slash",
            "cur|billing/|edge-slash",
            "data-exports|billing/|edge-slash",
            "data-exports|a//b|empty-folder",
            "cur|aws reports|spaces",
            "cur|aws:reports|characters",
    })
    void each_broken_rule_is_named(String report, String prefix, String code) {
        assertTrue(codes(ReportType.parse(report), prefix).contains(code), codes(ReportType.parse(report), prefix).toString());
    }

    @Test
    void the_length_limits_differ_between_the_apis() {
        assertEquals(List.of(), codes(ReportType.CUR, "p".repeat(256)));
        assertEquals(List.of("length"), codes(ReportType.CUR, "p".repeat(257)));
        assertEquals(List.of(), codes(ReportType.DATA_EXPORTS, "p".repeat(1024)));
        assertEquals(List.of("length"), codes(ReportType.DATA_EXPORTS, "p".repeat(1025)));
    }

    @Test
    void a_line_break_is_refused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ExportPrefix.parse(ReportType.DATA_EXPORTS, "a\nb"));
        assertTrue(e.getMessage().contains("control characters"), e.getMessage());
    }
}

package io.billingpilot.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportNameTest {
    private static List<String> codes(ReportType report, String name) {
        return ExportName.problems(report, name).stream().map(ExportName.Problem::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"billing", "CUR2_hourly-export", "a", "0123456789"})
    void data_export_names_of_letters_digits_dash_and_underscore_are_valid(String name) {
        assertEquals(List.of(), codes(ReportType.DATA_EXPORTS, name));
        assertEquals(name, ExportName.parse(ReportType.DATA_EXPORTS, name).value());
    }

    @Test
    void a_data_export_name_has_at_most_128_characters() {
        assertEquals(List.of(), codes(ReportType.DATA_EXPORTS, "a".repeat(128)));
        assertEquals(List.of("length"), codes(ReportType.DATA_EXPORTS, "a".repeat(129)));
    }

    @Test
    void characters_only_the_api_accepts_are_refused_with_that_said() {
        List<ExportName.Problem> problems = ExportName.problems(ReportType.DATA_EXPORTS, "cur.2(daily)");
        assertEquals(List.of("console-characters"), problems.stream().map(ExportName.Problem::code).toList());
        String message = problems.get(0).message();
        assertTrue(message.contains("'.'") && message.contains("'('") && message.contains("API would accept"), message);
    }

    @ParameterizedTest(name = "''{1}'' breaks {2} for {0}")
    @CsvSource(delimiter = '|', value = {
            "data-exports|my export|spaces",
            "data-exports|cur/2|characters",
            "data-exports|ümlaut|characters",
            "cur|my report|spaces",
            "cur|cur/2|characters",
            "cur|''|empty",
            "dbr|anything|no-name",
    })
    void each_broken_rule_is_named(String report, String name, String code) {
        assertTrue(codes(ReportType.parse(report), name).contains(code), codes(ReportType.parse(report), name).toString());
    }

    @Test
    void legacy_report_names_take_the_api_punctuation_and_256_characters() {
        assertEquals(List.of(), codes(ReportType.CUR, "hourly.csv(resources)!*'_-"));
        assertEquals(List.of(), codes(ReportType.CUR, "r".repeat(256)));
        assertEquals(List.of("length"), codes(ReportType.CUR, "r".repeat(257)));
    }

    @Test
    void every_broken_rule_is_listed_at_once() {
        assertEquals(List.of("length", "spaces", "characters"),
                codes(ReportType.DATA_EXPORTS, "x ".repeat(64) + "/"));
    }

    @Test
    void parse_names_the_broken_rule_in_its_message() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ExportName.parse(ReportType.DATA_EXPORTS, "my export"));
        assertTrue(e.getMessage().contains("not a valid Data Export name") && e.getMessage().contains("spaces"),
                e.getMessage());
        assertEquals(1, e.reasons().size());
    }

    @Test
    void a_newline_in_a_name_cannot_split_the_message() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ExportName.parse(ReportType.CUR, "a\nb"));
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }
}

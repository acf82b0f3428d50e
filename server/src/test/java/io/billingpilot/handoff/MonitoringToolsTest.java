package io.billingpilot.handoff;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.ReportType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonitoringToolsTest {
    private final MonitoringTools tools = MonitoringTools.shared();

    @Test
    void the_table_has_virtana_metricly_and_a_custom_tool() {
        assertEquals(List.of("virtana", "metricly", "custom"), tools.all().stream().map(ToolProfile::id).toList());
    }

    @Test
    void virtana_reads_cost_explorer_and_definitions_and_its_account_is_entered_because_unverified() {
        ToolProfile virtana = tools.get("Virtana");
        assertTrue(virtana.reads().costExplorer() && virtana.reads().definitions() && virtana.reads().reportFiles());
        assertNull(virtana.account());
        assertTrue(virtana.accountEntered());
        assertTrue(virtana.accountHint().contains("unverified"), virtana.accountHint());
        assertTrue(virtana.reportsNote().contains("unverified"), virtana.reportsNote());
        assertEquals(List.of(ReportType.CUR), virtana.reports());
        assertTrue(virtana.externalIdRequired());
        assertTrue(virtana.steps().stream().flatMap(List::stream)
                .anyMatch(part -> part.label() && part.text().equals("IAM Role ARN")));
    }

    @Test
    void metricly_keeps_the_legacy_detailed_billing_path_with_its_published_account() {
        ToolProfile metricly = tools.get("metricly");
        assertEquals("270852171095", metricly.account());
        assertFalse(metricly.reads().costExplorer());
        assertEquals(List.of(ReportType.DBR), metricly.reports());
        assertTrue(metricly.steps().stream().flatMap(List::stream)
                .anyMatch(part -> part.label() && part.text().equals("Detailed Billing")));
    }

    @Test
    void the_custom_tool_is_the_default_and_reads_only_files_unless_told() {
        ToolProfile custom = tools.get(null);
        assertEquals("custom", custom.id());
        assertTrue(custom.accountEntered());
        assertFalse(custom.reads().costExplorer() || custom.reads().definitions());
    }

    @Test
    void an_unknown_tool_is_named() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> tools.get("cloudzero"));
        assertTrue(e.getMessage().contains("'cloudzero'") && e.getMessage().contains("virtana"), e.getMessage());
    }
}

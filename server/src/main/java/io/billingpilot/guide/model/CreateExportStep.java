package io.billingpilot.guide.model;

import io.billingpilot.exports.ExportInputs;
import io.billingpilot.exports.create.ExportCreator;
import io.billingpilot.exports.create.ExportPlan;

/**
 * The outcome of step 2's "create the export from here": the plan to confirm, the export created,
 * or why neither.
 *
 * @param inputs  what the form held, to fill it again and to carry into the confirm form
 * @param plan    the plan shown before the confirmation, or null
 * @param created what was created after the confirmation, or null
 * @param problem why nothing was planned or created, or null
 */
public record CreateExportStep(ExportInputs inputs, ExportPlan plan, ExportCreator.Created created, String problem,
                               String fix) {
    public static final CreateExportStep NONE = new CreateExportStep(null, null, null, null, "");

    public static CreateExportStep planned(ExportInputs inputs, ExportPlan plan) {
        return new CreateExportStep(inputs, plan, null, null, "");
    }

    public static CreateExportStep done(ExportInputs inputs, ExportCreator.Created created) {
        return new CreateExportStep(inputs, created.plan(), created, null, "");
    }

    public static CreateExportStep refused(ExportInputs inputs, String problem, String fix) {
        return new CreateExportStep(inputs, null, null, problem, fix == null ? "" : fix);
    }
}

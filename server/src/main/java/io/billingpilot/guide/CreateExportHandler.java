package io.billingpilot.guide;

import io.billingpilot.core.AccountId;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.ReportType;
import io.billingpilot.exports.ExportDefinition;
import io.billingpilot.exports.ExportInputs;
import io.billingpilot.exports.aws.BillingApiFailure;
import io.billingpilot.exports.aws.BillingApisHolder;
import io.billingpilot.exports.create.ExportCreator;
import io.billingpilot.guide.model.CreateExportStep;
import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.view.CreateExportView;
import io.billingpilot.guide.view.GuideLayout;
import io.billingpilot.s3.S3AccessHolder;
import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.actions.ActionRefused;
import io.billingpilot.state.SessionState;
import io.billingpilot.state.SessionStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Step 2's "create the export from here", in two posts: the form's values give the plan (the
 * exact definition, the bucket policy's verdict for the writer, the name), and only the confirm
 * form's explicit {@code confirm=yes}, carrying the same values, creates the export.
 */
final class CreateExportHandler {
    private final SessionStore sessions;
    private final S3AccessHolder s3;
    private final BillingApisHolder billing;

    CreateExportHandler(SessionStore sessions, S3AccessHolder s3, BillingApisHolder billing) {
        this.sessions = sessions;
        this.s3 = s3;
        this.billing = billing;
    }

    void post(Context ctx) {
        SessionState state = sessions.get();
        ExportInputs inputs = inputs(ctx, state);
        CreateExportStep step = run(ctx, inputs, "yes".equals(ctx.formParam("confirm")));
        GuideResponses.fragmentOrPage(ctx, () -> CreateExportView.results(step),
                () -> GuideLayout.page(Step.REPORTS, state, "Step 2: create the export",
                        CreateExportView.panel(state, reportOf(state), step)));
    }

    private CreateExportStep run(Context ctx, ExportInputs inputs, boolean confirmed) {
        try {
            ExportDefinition definition = ExportDefinition.from(ExportCreator.withBucketRegion(inputs, s3.get()));
            ExportCreator creator = new ExportCreator(s3.get(), billing.get());
            if (!confirmed) {
                return CreateExportStep.planned(inputs, creator.plan(definition));
            }
            ExportCreator.Created created = creator.create(definition);
            // The delivery step watches what was just created.
            sessions.update(state -> state.withExportName(definition.name().value()).withPrefix(definition.prefix())
                    .withBucketOwner(definition.crossAccount() ? AccountId.of(definition.bucketOwner()) : null));
            return CreateExportStep.done(inputs, created);
        } catch (InvalidInputException e) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            return CreateExportStep.refused(inputs, e.getMessage(), "");
        } catch (ActionRefused e) {
            ctx.status(HttpStatus.CONFLICT);
            return CreateExportStep.refused(inputs, e.getMessage(), e.fix());
        } catch (S3Failure | BillingApiFailure e) {
            return CreateExportStep.refused(inputs, e.getMessage(), "");
        }
    }

    /** The form's values; what it leaves out comes from the session (its export name, prefix and bucket owner too). */
    static ExportInputs inputs(Context ctx, SessionState state) {
        return new ExportInputs(state.report() == null ? null : state.report().id(), or(form(ctx, "name"),
                state.exportName()), form(ctx, "table"), "no".equals(ctx.formParam("resourceIds")) ? Boolean.FALSE : null,
                null, null, null, state.bucket(), or(form(ctx, "prefix"), state.prefix()),
                or(form(ctx, "region"), state.region() == null ? null : state.region().id()),
                AccountId.digitsOf(state.account()), or(form(ctx, "bucketOwner"), AccountId.digitsOf(state.bucketOwner())));
    }

    /** The panel's report on its own page: the session's, Data Exports while none is chosen. */
    private static ReportType reportOf(SessionState state) {
        return state.report() == null || state.report() == ReportType.DBR ? ReportType.DATA_EXPORTS : state.report();
    }

    private static String form(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}

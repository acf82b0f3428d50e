package io.billingpilot.guide;

import io.billingpilot.core.AccountId;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Layout;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.view.ReportsView;
import io.billingpilot.state.SessionStore;
import io.javalin.http.Context;

/** Step 2: the billing reports; forms for the console layout, the payer account and "done". */
final class ReportsHandler {
    private final SessionStore sessions;
    private final ConsoleLabels labels;

    ReportsHandler(SessionStore sessions, ConsoleLabels labels) {
        this.sessions = sessions;
        this.labels = labels;
    }

    void get(Context ctx) {
        GuideResponses.page(ctx, ReportsPage.render(PageModels.reports(sessions.get(), labels), labels));
    }

    void chooseLayout(Context ctx) {
        Layout layout = Layout.parseBillingPreferences(ctx.formParam("layout"));
        if (layout == null) {
            throw new InvalidInputException("Choose the Billing preferences layout you see.");
        }
        sessions.update(state -> state.withLayout(layout));
        GuideResponses.seeOther(ctx, Step.REPORTS.path());
    }

    void saveAccount(Context ctx) {
        String typed = ctx.formParam("account");
        AccountId account;
        try {
            account = AccountId.of(typed);
        } catch (InvalidInputException e) {
            refuseAccount(ctx, typed, e.getMessage());
            return;
        }
        if (account == null) {
            refuseAccount(ctx, typed, "Enter the payer account id: 12 digits.");
            return;
        }
        sessions.update(state -> state.withAccount(account));
        GuideResponses.seeOther(ctx, Step.REPORTS.path());
    }

    void done(Context ctx) {
        sessions.update(state -> state.withStepDone(Step.REPORTS.id()));
        GuideResponses.seeOther(ctx, Step.DELIVERY.path());
    }

    private void refuseAccount(Context ctx, String typed, String problem) {
        ReportsView.Model model = PageModels.reports(sessions.get(), labels).withAccountProblem(typed, problem);
        GuideResponses.refused(ctx, ReportsPage.render(model, labels));
    }
}

package io.billingpilot.guide;

import io.billingpilot.core.AccountId;
import io.billingpilot.core.BucketName;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.ConsoleSummary;
import io.billingpilot.guide.model.CreateStep;
import io.billingpilot.guide.model.SessionPolicies;
import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.view.BucketView;
import io.billingpilot.guide.view.ReportsView;
import io.billingpilot.s3.actions.BucketPlan;
import io.billingpilot.state.SessionState;

import java.util.List;

/**
 * The models of the step pages, worked out from the session. Handlers build them here and hand
 * them to the views, which only render: a view never reads the session's rules itself.
 */
public final class PageModels {
    private PageModels() {
    }

    /** Step 1 with what was typed, its broken rules (null when nothing was submitted) and what "create" did. */
    public static BucketView.Model bucket(SessionState state, String typed, List<BucketName.Problem> problems,
                                          CreateStep created) {
        return new BucketView.Model(state, typed, problems, plan(state), created);
    }

    /** Step 2 as the session has it, before any of its panel forms answered. */
    public static ReportsView.Model reports(SessionState state, ConsoleLabels labels) {
        return new ReportsView.Model(state, state.reportOrDefault(), LayoutChoice.effective(state),
                LayoutChoice.seenByExtension(state) != null, SessionPolicies.bucketPolicy(state),
                ConsoleSummary.of(state.console(), state.bucket(), labels),
                AccountId.digitsOf(state.account()), null, ReportsView.Answers.NONE);
    }

    /** The bucket "create it from here" would create: null until a valid name is saved. */
    private static BucketPlan plan(SessionState state) {
        if (state.bucket() == null) {
            return null;
        }
        try {
            return SessionBucket.plan(state);
        } catch (InvalidInputException e) {
            return null;
        }
    }
}

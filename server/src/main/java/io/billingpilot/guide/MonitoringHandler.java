package io.billingpilot.guide;

import io.billingpilot.core.AccountId;
import io.billingpilot.core.ExternalId;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Partition;
import io.billingpilot.guide.model.ConsoleLabels;
import io.billingpilot.guide.model.Step;
import io.billingpilot.guide.view.MonitoringView;
import io.billingpilot.handoff.MonitoringTools;
import io.billingpilot.policy.ReaderAccess;
import io.billingpilot.state.HandOff;
import io.billingpilot.state.SessionStore;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;

/**
 * The last step: hand the bucket to the monitoring tool. Straight from the start page the
 * bucket's name is asked for here; the tool, its account and the External ID are kept in the session.
 */
final class MonitoringHandler {
    private final SessionStore sessions;
    private final ConsoleLabels labels;

    MonitoringHandler(SessionStore sessions, ConsoleLabels labels) {
        this.sessions = sessions;
        this.labels = labels;
    }

    void get(Context ctx) {
        GuideResponses.page(ctx, MonitoringView.render(HandOffModel.of(sessions.get(), null, labels)));
    }

    void saveBucket(Context ctx) {
        BucketHandler.Submitted bucket = BucketHandler.Submitted.from(ctx);
        if (!bucket.valid()) {
            GuideResponses.refused(ctx, MonitoringView.renderBucketQuestion(sessions.get(), bucket.name(),
                    bucket.problems()));
            return;
        }
        sessions.update(state -> state.withBucket(bucket.name()).withStepDone(Step.BUCKET.id()));
        GuideResponses.seeOther(ctx, Step.MONITORING.path());
    }

    /** The tool, its account and External ID: each checked by its one rule; every problem named at once (422). */
    void saveTool(Context ctx) {
        String tool = ctx.formParam("tool");
        String account = ctx.formParam("toolAccount");
        String externalId = ctx.formParam("externalId");
        String kmsKey = ctx.formParam("kmsKey");
        Partition partition = partition(sessions.get());
        List<String> problems = new ArrayList<>();
        InvalidInputException.collect(problems, () -> MonitoringTools.shared().get(tool));
        InvalidInputException.collect(problems, () -> AccountId.of(account, MonitoringTools.TOOL_ACCOUNT));
        if (externalId != null && !externalId.isBlank()) {
            InvalidInputException.collect(problems, () -> ExternalId.require(externalId));
        }
        InvalidInputException.collect(problems, () -> ReaderAccess.kmsKey(kmsKey, partition));
        if (!problems.isEmpty()) {
            MonitoringView.Typed typed = new MonitoringView.Typed(tool, account, externalId, kmsKey, problems);
            GuideResponses.refused(ctx, MonitoringView.render(HandOffModel.of(sessions.get(), typed, labels)));
            return;
        }
        HandOff handOff = HandOff.parse(tool, account, externalId, kmsKey, partition);
        sessions.update(state -> state.withHandOff(handOff));
        GuideResponses.seeOther(ctx, Step.MONITORING.path() + "#panel-role");
    }

    private static Partition partition(io.billingpilot.state.SessionState state) {
        return state.region() == null ? Partition.DEFAULT : state.region().partition();
    }

    void done(Context ctx) {
        sessions.update(state -> state.withStepDone(Step.MONITORING.id()));
        GuideResponses.seeOther(ctx, Step.MONITORING.path());
    }
}

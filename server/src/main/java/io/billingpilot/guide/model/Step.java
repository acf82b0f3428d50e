package io.billingpilot.guide.model;

import io.billingpilot.state.Situation;

/** The guide's pages in order; the id is what the session's stepsDone records. */
public enum Step {
    START("start", GuidePaths.START, "Start"),
    BUCKET("bucket", GuidePaths.BUCKET, "Bucket"),
    REPORTS("reports", GuidePaths.REPORTS, "Billing reports"),
    DELIVERY("delivery", GuidePaths.DELIVERY, "First files"),
    MONITORING("monitoring", GuidePaths.MONITORING, "Monitoring tool");

    private final String id;
    private final String path;
    private final String title;

    Step(String id, String path, String title) {
        this.id = id;
        this.path = path;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String path() {
        return path;
    }

    /** The short name in the progress bar. */
    public String title() {
        return title;
    }

    /** The step after the bucket: the reports, unless the bucket receives them already. */
    public static Step afterBucket(Situation situation) {
        return situation == Situation.RECEIVING ? MONITORING : REPORTS;
    }

    /** 1, 2, 3 for the numbered steps; 0 for the start page. */
    public int number() {
        return ordinal();
    }
}

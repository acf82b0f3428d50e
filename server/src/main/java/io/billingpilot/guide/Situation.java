package io.billingpilot.guide;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Texts;

/** Where the admin stands when starting; decides which steps the guide walks through. */
public enum Situation {
    NEW_BUCKET("new-bucket", "I need a new S3 bucket for the reports."),
    EXISTING_BUCKET("existing-bucket", "I have a bucket, but no billing reports arrive in it yet."),
    /** The original guide's shortcut: nothing to set up on AWS, straight to the monitoring tool. */
    RECEIVING("receiving", "My bucket already receives billing files.");

    public static final Situation DEFAULT = NEW_BUCKET;

    private final String id;
    private final String label;

    Situation(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** A submitted id; null or blank gives the default, anything unknown is refused. */
    public static Situation parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        Situation known = stored(value);
        if (!known.id.equals(value)) {
            throw new InvalidInputException("Unknown situation '" + Texts.clip(value) + "'.");
        }
        return known;
    }

    /** The session's value; one it does not know (a hand-edited file) counts as the default. */
    public static Situation stored(String value) {
        for (Situation situation : values()) {
            if (situation.id.equals(value)) {
                return situation;
            }
        }
        return DEFAULT;
    }

    /** The step after the bucket: the reports, unless the bucket receives them already. */
    public Step afterBucket() {
        return this == RECEIVING ? Step.MONITORING : Step.REPORTS;
    }
}

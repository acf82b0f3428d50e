package io.billingpilot.state;

import io.billingpilot.core.Keyed;

/** Where the admin stands when starting; decides which steps the guide walks through. */
public enum Situation implements Keyed {
    NEW_BUCKET("new-bucket", "I need a new S3 bucket for the reports."),
    EXISTING_BUCKET("existing-bucket", "I have a bucket, but no billing reports arrive in it yet."),
    /** The original guide's shortcut: nothing to set up on AWS, straight to the monitoring tool. */
    RECEIVING("receiving", "My bucket already receives billing files.");

    public static final Situation DEFAULT = NEW_BUCKET;

    private final String key;
    private final String label;

    Situation(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** A submitted key; null or blank gives the default, anything unknown is refused. */
    public static Situation parse(String value) {
        Situation situation = Keyed.parse(Situation.class, value, "situation");
        return situation == null ? DEFAULT : situation;
    }
}

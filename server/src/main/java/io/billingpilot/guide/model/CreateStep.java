package io.billingpilot.guide.model;

import io.billingpilot.s3.actions.BucketCreator;

/**
 * The outcome of "create the bucket" on step 1: what was done, or why nothing was.
 *
 * @param created what the creator did (also when the bucket already existed and was left alone), or null
 * @param problem why the bucket was not created, or null
 * @param fix     what to do about the problem ("" when nothing)
 */
public record CreateStep(BucketCreator.Created created, String problem, String fix) {
    public static final CreateStep NONE = new CreateStep(null, null, "");

    public static CreateStep done(BucketCreator.Created created) {
        return new CreateStep(created, null, "");
    }

    public static CreateStep refused(String problem, String fix) {
        return new CreateStep(null, problem, fix == null ? "" : fix);
    }
}

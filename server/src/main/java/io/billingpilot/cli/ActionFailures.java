package io.billingpilot.cli;

import io.billingpilot.s3.S3Failure;
import io.billingpilot.s3.actions.ActionRefused;

import java.io.PrintStream;

/** How the commands that change a bucket report what stopped them: one line on stderr and the contract's exit status. */
final class ActionFailures {
    private ActionFailures() {
    }

    static int report(String command, RuntimeException e, PrintStream err) {
        if (e instanceof ActionRefused refused) {
            err.println("billing-pilot " + command + ": " + refused.getMessage()
                    + (refused.fix().isEmpty() ? "" : " " + refused.fix()));
            return ExitCode.FINDINGS;
        }
        if (e instanceof S3Failure failure) {
            err.println("billing-pilot " + command + ": " + failure.getMessage());
            return failure.kind().blocksChecking() ? ExitCode.CANNOT_CHECK : ExitCode.FINDINGS;
        }
        throw e;
    }
}

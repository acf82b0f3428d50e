package io.billingpilot.cli;

import java.io.PrintStream;
import java.util.Set;

/** One CLI command. Returns its exit status; throws {@link UsageException} or InvalidInputException for bad input. */
public interface Command {
    /** The word that selects it, e.g. {@code check-name}. */
    String name();

    /** One line for the usage text. */
    String synopsis();

    /** Options that take a value, without their dashes. */
    default Set<String> valueOptions() {
        return Set.of();
    }

    /** Options that are switches, without their dashes. */
    default Set<String> flagOptions() {
        return Set.of();
    }

    int run(Args args, PrintStream out, PrintStream err) throws Exception;
}

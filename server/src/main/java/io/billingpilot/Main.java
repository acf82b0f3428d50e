package io.billingpilot;

import io.billingpilot.cli.Args;
import io.billingpilot.cli.CheckNameCommand;
import io.billingpilot.cli.CheckPolicyCommand;
import io.billingpilot.cli.Command;
import io.billingpilot.cli.ExitCode;
import io.billingpilot.cli.PolicyCommand;
import io.billingpilot.cli.ReaderPolicyCommand;
import io.billingpilot.cli.ReaderRoleCommand;
import io.billingpilot.cli.ExportIacCommand;
import io.billingpilot.cli.ServeCommand;
import io.billingpilot.cli.StatusCommand;
import io.billingpilot.cli.VerifyCommand;
import io.billingpilot.cli.CreateBucketCommand;
import io.billingpilot.cli.CreateExportCommand;
import io.billingpilot.cli.ApplyPolicyCommand;
import io.billingpilot.cli.UsageException;
import io.billingpilot.cli.WarmUpCommand;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.json.MalformedJsonException;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line: {@code billing-pilot COMMAND ...}. */
public final class Main {
    private static final List<Command> COMMANDS = List.of(
            new ServeCommand(),
            new CheckNameCommand(),
            new PolicyCommand(),
            new CheckPolicyCommand(),
            new ReaderPolicyCommand(),
            new ReaderRoleCommand(),
            new ExportIacCommand(),
            new VerifyCommand(),
            new StatusCommand(),
            new CreateBucketCommand(),
            new ApplyPolicyCommand(),
            new CreateExportCommand(),
            new WarmUpCommand());

    private Main() {
    }

    public static void main(String[] argv) {
        int status = run(argv, System.out, System.err);
        System.out.flush();
        if (status != ExitCode.OK || !isServe(argv)) {
            System.exit(status);
        }
    }

    /** Runs one command and returns its exit status; never lets an exception reach the terminal. */
    public static int run(String[] argv, PrintStream out, PrintStream err) {
        Map<String, Command> byName = new LinkedHashMap<>();
        COMMANDS.forEach(command -> byName.put(command.name(), command));
        if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h") || argv[0].equals("help")) {
            usage(argv.length == 0 ? err : out, byName);
            return argv.length == 0 ? ExitCode.USAGE : ExitCode.OK;
        }
        Command command = byName.get(argv[0]);
        if (command == null) {
            err.println("billing-pilot: unknown command '" + io.billingpilot.core.Texts.clip(argv[0])
                    + "'. Run 'billing-pilot --help' for the list.");
            return ExitCode.USAGE;
        }
        try {
            List<String> words = Arrays.asList(argv).subList(1, argv.length);
            Args args = Args.parse(words, command.valueOptions(), command.flagOptions());
            return command.run(args, out, err);
        } catch (UsageException | InvalidInputException | MalformedJsonException e) {
            err.println("billing-pilot " + command.name() + ": " + e.getMessage());
            return ExitCode.USAGE;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            err.println("billing-pilot " + command.name() + ": unexpected failure (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + io.billingpilot.core.Texts.clip(e.getMessage())) + ").");
            return ExitCode.USAGE;
        }
    }

    private static boolean isServe(String[] argv) {
        return argv.length > 0 && argv[0].equals("serve");
    }

    private static void usage(PrintStream out, Map<String, Command> commands) {
        out.println("usage: billing-pilot COMMAND [OPTIONS]");
        out.println();
        commands.values().forEach(command -> out.println("  " + command.synopsis()));
        out.println();
        out.println("Exit status: 0 fine, 1 checked and something is wrong, 2 bad input or usage, 3 could not check.");
    }
}

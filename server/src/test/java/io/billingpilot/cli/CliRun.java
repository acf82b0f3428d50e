package io.billingpilot.cli;

import io.billingpilot.Main;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the command line in this JVM: its exit status and what it printed. */
record CliRun(int status, String out, String err) {
    static CliRun of(String... argv) {
        return withStdin(new byte[0], argv);
    }

    static CliRun withStdin(String stdin, String... argv) {
        return withStdin(stdin.getBytes(StandardCharsets.UTF_8), argv);
    }

    static synchronized CliRun withStdin(byte[] stdin, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin));
        try {
            int status = Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(original);
        }
    }

    /** The error output is one line, for people: no stack trace. */
    boolean errIsOneLine() {
        return err.endsWith("\n") && err.indexOf('\n') == err.length() - 1 && !err.contains("\tat ")
                && !err.contains("Exception");
    }
}

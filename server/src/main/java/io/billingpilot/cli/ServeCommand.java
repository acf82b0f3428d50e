package io.billingpilot.cli;

import io.billingpilot.overlay.ExtensionFolder;
import io.billingpilot.s3.S3Settings;
import io.billingpilot.server.BillingPilotServer;
import io.billingpilot.web.ServerSettings;
import io.billingpilot.web.WebServer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve [--port N] [--state-dir DIR] [--host ADDR] [--region REG] [--profile P] [--endpoint URL]
 * [--extension-dir DIR]}: runs the local server until stopped. The S3 options hold for every check the
 * server makes; requests cannot change where it sends signed S3 requests. The extension folder is the
 * one the guide tells the admin to load (scripts/run stages it and passes it here).
 */
public final class ServeCommand implements Command {
    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String synopsis() {
        return "serve [--port N] [--state-dir DIR] [--profile P] [--region REG] [--endpoint URL] [--extension-dir DIR]\n"
                + "                                                the local guide server (http://127.0.0.1:7070)";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws InterruptedException {
        args.noPositional();
        int port = parsePort(args.option("port"));
        Path stateDir = args.option("state-dir") == null ? ServerSettings.defaultStateDir() : Path.of(args.option("state-dir"));
        String host = args.option("host") == null ? ServerSettings.DEFAULT_HOST : args.option("host");
        S3Settings s3 = AwsOptions.settings(args);
        ExtensionFolder extension = args.option("extension-dir") == null
                ? ExtensionFolder.besideProgram() : ExtensionFolder.at(Path.of(args.option("extension-dir")));
        WebServer server;
        try {
            server = BillingPilotServer.start(new ServerSettings(host, port, stateDir, s3, extension));
        } catch (RuntimeException e) {
            err.println("billing-pilot: could not start the server on " + host + ":" + port + ": " + rootMessage(e));
            return ExitCode.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "billing-pilot-shutdown"));
        out.println("billing-pilot is running: open http://127.0.0.1:" + server.port() + "/ (state in " + stateDir + ")");
        out.println(extensionLine(extension));
        out.println("Press Ctrl+C to stop.");
        out.flush();
        stopped.await();
        return ExitCode.OK;
    }

    @Override
    public Set<String> valueOptions() {
        return AwsOptions.with("port", "state-dir", "host", "extension-dir");
    }

    /** Where the browser extension to load is, or how to get it when it is not staged. */
    static String extensionLine(ExtensionFolder extension) {
        if (extension.ready()) {
            return "Console overlay (browser extension) to load: " + extension.dir();
        }
        if (extension.known()) {
            return "Console overlay (browser extension): not built yet at " + extension.dir()
                    + "; scripts/run stages it, or run '" + ExtensionFolder.STAGE_COMMAND + "' in billing-pilot's folder.";
        }
        return "Console overlay (browser extension): scripts/run, in billing-pilot's folder, stages it in "
                + ExtensionFolder.STAGED + ".";
    }

    private static int parsePort(String value) {
        if (value == null) {
            return ServerSettings.DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port takes a number from 0 to 65535.");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}

package io.billingpilot.web;

import io.billingpilot.overlay.ExtensionFolder;
import io.billingpilot.s3.S3Settings;

import java.nio.file.Path;

/**
 * How the local server is started: address, port (0 picks a free one, for tests), state directory,
 * how it reaches S3 (endpoint and profile come from here only, never from a request), and where
 * the loadable browser extension is staged (the guide shows that folder).
 */
public record ServerSettings(String host, int port, Path stateDir, S3Settings s3, ExtensionFolder extension) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public ServerSettings(String host, int port, Path stateDir) {
        this(host, port, stateDir, S3Settings.DEFAULT);
    }

    public ServerSettings(String host, int port, Path stateDir, S3Settings s3) {
        this(host, port, stateDir, s3, ExtensionFolder.besideProgram());
    }

    public static Path defaultStateDir() {
        return Path.of(System.getProperty("user.home"), ".billing-pilot");
    }
}

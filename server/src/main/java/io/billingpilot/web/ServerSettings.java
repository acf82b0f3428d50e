package io.billingpilot.web;

import io.billingpilot.s3.S3Settings;

import java.nio.file.Path;

/**
 * How the local server is started: address, port (0 picks a free one, for tests), state directory,
 * and how it reaches S3 (endpoint and profile come from here only, never from a request).
 */
public record ServerSettings(String host, int port, Path stateDir, S3Settings s3) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public ServerSettings(String host, int port, Path stateDir) {
        this(host, port, stateDir, S3Settings.DEFAULT);
    }

    public static Path defaultStateDir() {
        return Path.of(System.getProperty("user.home"), ".billing-pilot");
    }
}

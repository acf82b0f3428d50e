package io.billingpilot.web;

import java.nio.file.Path;

/** How the local server is started: address, port (0 picks a free one, for tests) and state directory. */
public record ServerSettings(String host, int port, Path stateDir) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public static Path defaultStateDir() {
        return Path.of(System.getProperty("user.home"), ".billing-pilot");
    }
}

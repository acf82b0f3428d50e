package io.billingpilot.web;

import io.billingpilot.state.SessionStore;

/** The long-lived parts every route group shares, created once when the server starts. */
public final class ServerContext {
    private final SessionStore sessions;
    private volatile int port;

    public ServerContext(SessionStore sessions) {
        this.sessions = sessions;
    }

    public SessionStore sessions() {
        return sessions;
    }

    /** The port actually bound, known once the server has started. */
    public int port() {
        return port;
    }

    void port(int boundPort) {
        this.port = boundPort;
    }
}

package io.billingpilot.web;

import io.billingpilot.exports.aws.BillingApiSettings;
import io.billingpilot.exports.aws.BillingApisHolder;
import io.billingpilot.overlay.ExtensionFolder;
import io.billingpilot.overlay.OverlayLink;
import io.billingpilot.s3.S3AccessHolder;
import io.billingpilot.s3.S3Settings;
import io.billingpilot.state.SessionStore;

/** The long-lived parts every route group shares, created once when the server starts. */
public final class ServerContext {
    private final SessionStore sessions;
    private final S3AccessHolder s3;
    private final BillingApisHolder billing;
    private final OverlayLink overlay;
    private volatile int port;

    public ServerContext(SessionStore sessions) {
        this(sessions, S3Settings.DEFAULT);
    }

    public ServerContext(SessionStore sessions, S3Settings s3Settings) {
        this(sessions, s3Settings, ExtensionFolder.besideProgram());
    }

    public ServerContext(SessionStore sessions, S3Settings s3Settings, ExtensionFolder extension) {
        this.sessions = sessions;
        this.s3 = new S3AccessHolder(s3Settings);
        this.billing = new BillingApisHolder(s3Settings == null ? BillingApiSettings.DEFAULT
                : new BillingApiSettings(s3Settings.profile(), s3Settings.credentials(), null, s3Settings.timeouts()),
                () -> s3.get().http());
        this.overlay = new OverlayLink(extension);
    }

    /** The browser extension's last hello and the folder to load it from. */
    public OverlayLink overlay() {
        return overlay;
    }

    /** The S3 access of the server, configured by the start-up options. */
    public S3AccessHolder s3() {
        return s3;
    }

    /** The Data Exports and legacy CUR APIs, as the server's profile (the payer's, when it creates exports). */
    public BillingApisHolder billing() {
        return billing;
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

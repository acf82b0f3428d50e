package io.billingpilot.s3;

/**
 * The server's S3 access, made on first use from the start-up options, so a server whose S3
 * features are never used opens no connection pool and never looks for credentials.
 */
public final class S3AccessHolder implements AutoCloseable {
    private final S3Settings settings;
    private S3Access access;

    public S3AccessHolder(S3Settings settings) {
        this.settings = settings == null ? S3Settings.DEFAULT : settings;
    }

    public synchronized S3Access get() {
        if (access == null) {
            access = new S3Access(settings);
        }
        return access;
    }

    @Override
    public synchronized void close() {
        if (access != null) {
            access.close();
            access = null;
        }
    }
}

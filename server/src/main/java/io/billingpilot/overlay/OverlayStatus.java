package io.billingpilot.overlay;

import io.billingpilot.core.ProgramVersion;

import java.util.Locale;

/**
 * What the guide says about the console overlay: whether the extension said hello since this
 * server started, whether its build matches the server's, and where the folder to load is.
 *
 * @param contact the last hello, or null when none came since the server started
 */
public record OverlayStatus(Connection connection, ExtensionContact contact, String serverVersion, ExtensionFolder folder) {
    public enum Connection {
        /** No hello since the server started. */
        NOT_CONNECTED,
        CONNECTED,
        /** A hello from an extension older than the server: it needs a reload. */
        OLDER_BUILD,
        /** A hello from an extension newer than the server (the server is the old one). */
        NEWER_BUILD;

        /** The name in the API and in the guide's polling: "not-connected", "connected", "older-build", "newer-build". */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static OverlayStatus of(ExtensionContact contact, String serverVersion, ExtensionFolder folder) {
        Connection connection;
        if (contact == null) {
            connection = Connection.NOT_CONNECTED;
        } else {
            int order = ProgramVersion.compare(contact.version(), serverVersion);
            connection = order == 0 ? Connection.CONNECTED : order < 0 ? Connection.OLDER_BUILD : Connection.NEWER_BUILD;
        }
        return new OverlayStatus(connection, contact, serverVersion, folder);
    }

    public boolean connected() {
        return connection != Connection.NOT_CONNECTED;
    }

    /** Connected, but to an extension of another build than the server's. */
    public boolean otherBuild() {
        return connection == Connection.OLDER_BUILD || connection == Connection.NEWER_BUILD;
    }
}

package io.billingpilot.overlay;

import io.billingpilot.core.ProgramVersion;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's side of the link with the extension: its last hello, kept in memory only (a
 * restart forgets it, and it never goes into the session file), and the folder to load.
 */
public final class OverlayLink {
    private final AtomicReference<ExtensionContact> last = new AtomicReference<>();
    private final ExtensionFolder folder;
    private final String serverVersion;

    public OverlayLink(ExtensionFolder folder) {
        this(folder, ProgramVersion.current());
    }

    OverlayLink(ExtensionFolder folder, String serverVersion) {
        this.folder = folder;
        this.serverVersion = serverVersion;
    }

    public void hello(ExtensionContact contact) {
        last.set(contact);
    }

    public OverlayStatus status() {
        return OverlayStatus.of(last.get(), serverVersion, folder);
    }
}

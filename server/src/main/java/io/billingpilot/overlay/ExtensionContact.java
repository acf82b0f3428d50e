package io.billingpilot.overlay;

import io.billingpilot.core.Layout;

import java.time.Instant;

/**
 * The extension's last hello: its manifest version, the browser family it runs in, the console
 * page that had just opened (null when its service worker started), and when it came.
 */
public record ExtensionContact(String version, Browser browser, ConsolePage page, Instant at) {
    /** The browser families the extension is built for, with their names in the hello. */
    public enum Browser {
        CHROMIUM("chromium", "Chromium"),
        FIREFOX("firefox", "Firefox");

        private final String id;
        private final String title;

        Browser(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public String id() {
            return id;
        }

        public String title() {
            return title;
        }

        /** The browser named in a hello, or null when it names none of these. */
        public static Browser of(String id) {
            for (Browser browser : values()) {
                if (browser.id.equals(id)) {
                    return browser;
                }
            }
            return null;
        }
    }

    /**
     * The console pages the extension runs on, with their names in the hello: the Billing
     * preferences page (whichever layout), and the other pages by their {@link Layout} keys.
     */
    public enum ConsolePage {
        BILLING("billing"),
        S3(Layout.S3.key()),
        DATA_EXPORTS(Layout.DATA_EXPORTS.key()),
        CUR(Layout.CUR.key());

        private final String id;

        ConsolePage(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static ConsolePage of(String id) {
            for (ConsolePage page : values()) {
                if (page.id.equals(id)) {
                    return page;
                }
            }
            return null;
        }
    }
}

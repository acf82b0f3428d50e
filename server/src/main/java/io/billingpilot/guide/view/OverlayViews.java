package io.billingpilot.guide.view;

import io.billingpilot.guide.model.GuidePaths;
import io.billingpilot.overlay.ExtensionContact;
import io.billingpilot.overlay.ExtensionFolder;
import io.billingpilot.overlay.OverlayStatus;
import j2html.tags.DomContent;
import j2html.tags.specialized.DivTag;
import j2html.tags.specialized.PTag;
import j2html.tags.specialized.SectionTag;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static j2html.TagCreator.a;
import static j2html.TagCreator.code;
import static j2html.TagCreator.details;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.p;
import static j2html.TagCreator.span;
import static j2html.TagCreator.strong;
import static j2html.TagCreator.summary;
import static j2html.TagCreator.text;
import static j2html.TagCreator.time;

/**
 * The console overlay (the browser extension) as the guide shows it: a compact status in every
 * page's header, and the start page's panel with the steps to load it. While it is not connected,
 * each status asks again every two seconds (htmx polling); once connected it stops asking.
 */
public final class OverlayViews {
    public static final String PANEL_NAME = "overlay";
    static final String POLL = "every 2s";
    /** The query parameter that names the status a page shows. */
    public static final String SHOWN = "shown";
    static final String CHROMIUM_EXTENSIONS = "chrome://extensions";
    static final String FIREFOX_DEBUGGING = "about:debugging#/runtime/this-firefox";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private OverlayViews() {
    }

    /** "Console overlay: connected …" in the header of every page, in a live region that stays in place. */
    public static DivTag headerStatus(OverlayStatus status) {
        return div(headerLine(status)).withClass("overlay-status-region").attr("role", "status");
    }

    /** The header's line, which htmx replaces when the status changes. */
    public static DivTag headerLine(OverlayStatus status) {
        DivTag line = div(span("Console overlay: ").withClass("overlay-label"), strong(headline(status)),
                status.connected() ? span(text(" · "), contactFacts(status), text(".")) : null,
                status.otherBuild() ? span(text(" "), reloadAdvice(status)) : null,
                status.connected() ? null : span(text(" · "), a("How to load it").withHref("/#panel-" + PANEL_NAME)
                        .attr("hx-boost", "false")))
                .withId("overlay-status").withClass("overlay-status " + cssState(status));
        return polled(line, status, GuidePaths.OVERLAY_STATUS);
    }

    /** The start page's "Console overlay" panel: what it does, whether it is there, how to load it. */
    public static SectionTag panel(OverlayStatus status) {
        return Partials.panel(PANEL_NAME, "Console overlay",
                p("billing-pilot's browser extension overlays the AWS console pages of these steps: it rings the "
                        + "control to use next, fills in your bucket name and tells this guide what the console shows."),
                panelStatus(status),
                status.connected()
                        ? details(summary("Load it in another browser"), loadSteps(status.folder()))
                        : loadSteps(status.folder()));
    }

    /** The panel's status, in a live region that stays in place. */
    static DivTag panelStatus(OverlayStatus status) {
        return div(panelLine(status)).attr("role", "status");
    }

    /** The panel's status line: it turns "connected" by itself once the extension says hello. */
    public static DivTag panelLine(OverlayStatus status) {
        DivTag line = div(p(strong(capitalised(headline(status))), status.connected()
                        ? span(text(": "), contactFacts(status), text("."))
                        : text(": no word from the extension since this server started. Once it is loaded, open a "
                                + "console page (or reload the extension) and this turns “connected” by itself.")),
                status.otherBuild() ? p(reloadAdvice(status)) : null)
                .withId("overlay-panel-status").withClass("overlay-panel-status " + cssState(status));
        return polled(line, status, GuidePaths.OVERLAY_STATUS_PANEL);
    }

    /**
     * Under a step that sends the admin to a console page: what the overlay points at there, by the
     * labels the page shows (from the console label table).
     */
    public static PTag pointsAt(List<String> labels) {
        List<DomContent> named = new ArrayList<>();
        for (String label : labels) {
            named.add(text(named.isEmpty() ? "" : ", "));
            named.add(Partials.ui(label));
        }
        return p(text("There, the console overlay points at "), each(named.toArray(DomContent[]::new)),
                text(", one at a time (see "), a("Console overlay").withHref("/#panel-" + PANEL_NAME).attr("hx-boost", "false"),
                text(" to load it).")).withClass("hint overlay-hint");
    }

    /** The exact steps for Chromium-based browsers and for Firefox, with the absolute folder path. */
    static DivTag loadSteps(ExtensionFolder folder) {
        if (!folder.known()) {
            return div(Partials.warning(p(text("This program runs outside billing-pilot's source folder. In that "
                    + "folder, "), code("scripts/run"), text(" stages the extension in "), code(ExtensionFolder.STAGED),
                    text("; load it from there as below."))));
        }
        String dir = folder.dir().toString();
        return div(
                folder.ready() ? null : Partials.warning(p(text("The extension is not built yet. "), code("scripts/run"),
                        text(" stages it at every start; or run "), code(ExtensionFolder.STAGE_COMMAND),
                        text(" in billing-pilot's folder. It then appears in the folder below."))),
                h3("Chromium, Chrome, Edge, Brave"),
                Partials.steps(List.of(
                        each(text("Open "), code(CHROMIUM_EXTENSIONS), text(" in a new tab (type it into the address bar).")),
                        text("Turn on Developer mode (top right)."),
                        each(text("Choose Load unpacked and select this folder:"),
                                Partials.codeBlock("extension-folder", dir),
                                Partials.copyButton("extension-folder", "folder path")),
                        text("Open a console page, for example Billing preferences: this guide then says “connected”."))),
                h3("Firefox"),
                Partials.steps(List.of(
                        each(text("Open "), code(FIREFOX_DEBUGGING), text(".")),
                        each(text("Choose Load Temporary Add-on… and select this file:"),
                                Partials.codeBlock("extension-manifest", folder.manifest().toString()),
                                Partials.copyButton("extension-manifest", "file path")),
                        text("Firefox forgets a temporary add-on when it quits: load it again after a restart."))))
                .withClass("load-steps");
    }

    /**
     * While not connected, htmx asks every two seconds, naming the status it shows; the server
     * answers 204 (nothing to swap) until that status changes, so the live region speaks only then.
     */
    private static DivTag polled(DivTag line, OverlayStatus status, String path) {
        if (!status.connected()) {
            line.attr("hx-get", path + "?" + SHOWN + "=" + status.connection().id())
                    .attr("hx-trigger", POLL).attr("hx-swap", "outerHTML");
        }
        return line;
    }

    static String headline(OverlayStatus status) {
        return switch (status.connection()) {
            case NOT_CONNECTED -> "not connected yet";
            case CONNECTED -> "connected";
            case OLDER_BUILD -> "connected, but an older build";
            case NEWER_BUILD -> "connected, but a newer build than this server";
        };
    }

    /** "version 0.1.0 in Chromium, last heard from at 14:03:12 (Billing preferences page)". */
    static DomContent contactFacts(OverlayStatus status) {
        ExtensionContact contact = status.contact();
        String clock = contact.at().atZone(ZoneId.systemDefault()).format(CLOCK);
        return each(text("version " + contact.version() + " in " + contact.browser().title() + ", last heard from at "),
                time(clock).attr("datetime", contact.at().toString()),
                contact.page() == null ? null : text(" (" + pageName(contact.page()) + ")"));
    }

    static DomContent reloadAdvice(OverlayStatus status) {
        String server = "This server is " + status.serverVersion() + ". ";
        if (status.connection() == OverlayStatus.Connection.NEWER_BUILD) {
            return text(server + "Restart scripts/run: it builds the server again from the current sources.");
        }
        boolean firefox = status.contact().browser() == ExtensionContact.Browser.FIREFOX;
        return each(text(server + "Reload the extension at "), code(firefox ? FIREFOX_DEBUGGING : CHROMIUM_EXTENSIONS),
                text(firefox ? " (Reload, next to billing-pilot)." : " (the reload arrow on billing-pilot's card)."));
    }

    private static String pageName(ExtensionContact.ConsolePage page) {
        return switch (page) {
            case BILLING -> "from a Billing preferences page";
            case S3 -> "from an S3 console page";
            case DATA_EXPORTS -> "from a Data Exports page";
            case CUR -> "from a Cost and Usage Reports page";
        };
    }

    private static String cssState(OverlayStatus status) {
        return switch (status.connection()) {
            case NOT_CONNECTED -> "off";
            case CONNECTED -> "on";
            case OLDER_BUILD, NEWER_BUILD -> "stale";
        };
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

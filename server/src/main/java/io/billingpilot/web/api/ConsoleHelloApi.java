package io.billingpilot.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Texts;
import io.billingpilot.json.Json;
import io.billingpilot.overlay.ExtensionContact;
import io.billingpilot.overlay.OverlayLink;
import io.billingpilot.overlay.OverlayStatus;
import io.billingpilot.web.RequestBodies;
import io.billingpilot.web.Responses;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * POST /api/v1/console/hello: the extension's service worker says it is there, when it starts
 * and when a console page opens. Kept in memory only; the guide's header shows it.
 */
final class ConsoleHelloApi {
    /** A manifest version: one to four numbers separated by dots. */
    private static final Pattern VERSION = Pattern.compile("\\d{1,9}(\\.\\d{1,9}){0,3}");

    private final OverlayLink overlay;

    ConsoleHelloApi(OverlayLink overlay) {
        this.overlay = overlay;
    }

    void post(Context ctx) {
        overlay.hello(parse(RequestBodies.jsonObject(ctx), Instant.now()));
        OverlayStatus status = overlay.status();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("serverVersion", status.serverVersion());
        answer.put("status", status.connection().id());
        Responses.json(ctx, 200, answer);
    }

    static ExtensionContact parse(ObjectNode body, Instant at) {
        List<String> reasons = new ArrayList<>();
        JsonNode version = body.get("version");
        if (version == null || !version.isTextual() || !VERSION.matcher(version.textValue()).matches()) {
            reasons.add("'version' must be the extension's manifest version, such as \"0.1.0\", not "
                    + shown(version) + ".");
        }
        JsonNode browserNode = body.get("browser");
        ExtensionContact.Browser browser = browserNode != null && browserNode.isTextual()
                ? ExtensionContact.Browser.of(browserNode.textValue()) : null;
        if (browser == null) {
            reasons.add("'browser' must be \"chromium\" or \"firefox\", not " + shown(browserNode) + ".");
        }
        JsonNode pageNode = body.get("page");
        ExtensionContact.ConsolePage page = null;
        if (pageNode != null && !pageNode.isNull()) {
            page = pageNode.isTextual() ? ExtensionContact.ConsolePage.of(pageNode.textValue()) : null;
            if (page == null) {
                reasons.add("'page' must be null, \"billing\", \"s3\", \"data-exports\" or \"cur\", not "
                        + shown(pageNode) + ".");
            }
        }
        if (!reasons.isEmpty()) {
            throw new InvalidInputException(String.join(" ", reasons), reasons);
        }
        return new ExtensionContact(version.textValue(), browser, page, at);
    }

    private static String shown(JsonNode node) {
        return node != null && node.isTextual() ? "\"" + Texts.clip(node.textValue()) + "\"" : Json.describe(node);
    }
}

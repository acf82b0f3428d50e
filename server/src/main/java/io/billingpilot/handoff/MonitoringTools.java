package io.billingpilot.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.ReportType;
import io.billingpilot.core.Texts;
import io.billingpilot.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The monitoring tools the hand-off knows, read once from {@code rules/monitoring-tools.json}
 * on the classpath: the one home of every tool's account, reads and integration labels.
 */
public final class MonitoringTools {
    public static final String RESOURCE = "rules/monitoring-tools.json";
    /** The profile for a tool the table does not know: the admin enters its account. */
    public static final String CUSTOM = "custom";
    /** How errors name the tool's account. */
    public static final String TOOL_ACCOUNT = "the account of the monitoring tool, shown on its integration page";

    private static final MonitoringTools SHARED = load(RESOURCE);

    private final Map<String, ToolProfile> byId;

    private MonitoringTools(Map<String, ToolProfile> byId) {
        this.byId = byId;
    }

    public static MonitoringTools shared() {
        return SHARED;
    }

    public List<ToolProfile> all() {
        return List.copyOf(byId.values());
    }

    /** The profile with this id (case-insensitive); the custom profile when none is given. */
    public ToolProfile get(String id) {
        if (id == null || id.isBlank()) {
            return byId.get(CUSTOM);
        }
        ToolProfile profile = byId.get(id.trim().toLowerCase(Locale.ROOT));
        if (profile == null) {
            throw new InvalidInputException("Unknown monitoring tool '" + Texts.clip(id) + "': use one of "
                    + String.join(", ", byId.keySet()) + ".");
        }
        return profile;
    }

    public boolean has(String id) {
        return id != null && byId.containsKey(id.trim().toLowerCase(Locale.ROOT));
    }

    static MonitoringTools load(String resource) {
        try (InputStream in = MonitoringTools.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The monitoring tool table " + resource + " is missing from the program.");
            }
            return parse(Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    static MonitoringTools parse(JsonNode table) {
        Map<String, ToolProfile> profiles = new LinkedHashMap<>();
        for (JsonNode tool : table.path("tools")) {
            ToolProfile profile = profile(tool);
            profiles.put(profile.id(), profile);
        }
        if (!profiles.containsKey(CUSTOM)) {
            throw new IllegalStateException("The monitoring tool table has no '" + CUSTOM + "' profile.");
        }
        return new MonitoringTools(profiles);
    }

    private static ToolProfile profile(JsonNode tool) {
        String id = required(tool, "id");
        JsonNode reads = tool.path("reads");
        Map<String, String> names = new LinkedHashMap<>();
        tool.path("permissionNames").fields().forEachRemaining(entry -> names.put(entry.getKey(), entry.getValue().asText()));
        List<ReportType> reports = new ArrayList<>();
        tool.path("reports").forEach(report -> reports.add(ReportType.parse(report.asText())));
        List<String> prerequisites = new ArrayList<>();
        tool.path("prerequisites").forEach(item -> prerequisites.add(item.asText()));
        List<List<ToolProfile.Part>> steps = new ArrayList<>();
        for (JsonNode step : tool.path("integration").path("steps")) {
            List<ToolProfile.Part> parts = new ArrayList<>();
            for (JsonNode part : step) {
                parts.add(part.has("ui") ? new ToolProfile.Part(part.get("ui").asText(), true)
                        : new ToolProfile.Part(required(part, "t"), false));
            }
            steps.add(List.copyOf(parts));
        }
        String account = text(tool, "account");
        if (account != null && !io.billingpilot.core.AccountId.isValid(account)) {
            throw new IllegalStateException("The monitoring tool '" + id + "' has an account that is not 12 digits.");
        }
        return new ToolProfile(id, required(tool, "name"), text(tool, "formerly"), account,
                required(tool, "accountHint"), "required".equals(text(tool, "externalId")), List.copyOf(reports),
                required(tool, "reportsNote"),
                new ToolProfile.Reads(reads.path("reportFiles").asBoolean(), reads.path("costExplorer").asBoolean(),
                        reads.path("definitions").asBoolean()),
                Map.copyOf(names), List.copyOf(prerequisites), required(tool, "roleName"),
                required(tool.path("integration"), "page"), List.copyOf(steps), required(tool, "waitMinutes"),
                required(tool, "source"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new IllegalStateException("The monitoring tool table lacks '" + field + "' in " + Texts.clip(node.toString()));
        }
        return value;
    }

    /** The ids, for usage texts. */
    public String ids() {
        return byId.keySet().stream().collect(Collectors.joining("|"));
    }
}

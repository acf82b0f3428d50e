package io.billingpilot.iac;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the infrastructure code is downloaded: {@code GET /api/v1/export-iac} with the setup's
 * values as query parameters. The API registers this path; the guide's buttons link to it.
 */
public final class IacDownload {
    public static final String PATH = "/api/v1/export-iac";

    private IacDownload() {
    }

    /** The download link for these values (nulls are left out), each value encoded. */
    public static String link(IacFormat format, Map<String, String> values) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("format", format.id());
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.put(name, value);
            }
        });
        return PATH + "?" + query.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}

package io.billingpilot.support;

import io.billingpilot.json.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The Chromium id of the extension in this repository, derived here from extension/manifest.json
 * the way Chromium does it (SHA-256 of the key, first 32 hex digits, 0-f written as a-p), so
 * tests never copy the id nor rely on the server's own derivation.
 */
public final class ManifestExtensionId {
    private ManifestExtensionId() {
    }

    public static String derive() {
        try {
            Path manifest = Path.of("..", "extension", "manifest.json");
            String key = Json.parse(Files.readString(manifest)).get("key").textValue();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getMimeDecoder().decode(key));
            String hex = HexFormat.of().formatHex(digest).substring(0, 32);
            StringBuilder id = new StringBuilder();
            for (char c : hex.toCharArray()) {
                id.append((char) ('a' + Character.digit(c, 16)));
            }
            return id.toString();
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String origin() {
        return "chrome-extension://" + derive();
    }
}

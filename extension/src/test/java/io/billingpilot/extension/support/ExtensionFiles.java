package io.billingpilot.extension.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Where the extension is: its sources, the unpacked copy the build stages, and its id. */
public final class ExtensionFiles {
    private ExtensionFiles() {
    }

    /** The unpacked extension as it ships (staged by the build into target/billing-pilot-extension). */
    public static Path unpacked() {
        return Path.of(System.getProperty("billingPilot.extensionDir", "target/billing-pilot-extension")).toAbsolutePath();
    }

    /** The extension module's folder (manifest.json and the JavaScript sources). */
    public static Path sources() {
        return Path.of(System.getProperty("billingPilot.sourceDir", ".")).toAbsolutePath();
    }

    public static JsonNode manifest() {
        try {
            return Json.parse(Files.readString(sources().resolve("manifest.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The id Chromium gives the extension: derived from the manifest's public key (SHA-256 of the
     * key, first 32 hex digits, written with the letters a to p).
     */
    public static String id() {
        try {
            byte[] key = Base64.getDecoder().decode(manifest().get("key").asText());
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key);
            StringBuilder id = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                id.append((char) ('a' + ((hash[i] >> 4) & 0xf))).append((char) ('a' + (hash[i] & 0xf)));
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String url(String path) {
        return "chrome-extension://" + id() + "/" + path;
    }
}

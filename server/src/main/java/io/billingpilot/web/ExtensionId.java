package io.billingpilot.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.billingpilot.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The Chromium id of billing-pilot's extension, as Chromium derives it from the manifest's
 * {@code key} (the extension's public key, DER, base64): the SHA-256 of the key's bytes, its first
 * 32 hex digits written with the letters a to p for 0 to f. The manifest ships inside the program
 * ({@code extension/manifest.json} on the classpath), so the id is never written twice.
 */
public final class ExtensionId {
    public static final String MANIFEST = "extension/manifest.json";

    private static final String ID = fromKey(manifestKey());

    private ExtensionId() {
    }

    /** The id of the extension that ships with this program. */
    public static String shipped() {
        return ID;
    }

    /** The origin the extension's service worker sends: {@code chrome-extension://ID}. */
    public static String chromiumOrigin() {
        return "chrome-extension://" + ID;
    }

    static String fromKey(String base64Key) {
        byte[] der = Base64.getMimeDecoder().decode(base64Key);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
            StringBuilder id = new StringBuilder(32);
            for (int i = 0; i < 16; i++) {
                id.append((char) ('a' + ((digest[i] >> 4) & 0xF)));
                id.append((char) ('a' + (digest[i] & 0xF)));
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String manifestKey() {
        try (InputStream in = ExtensionId.class.getClassLoader().getResourceAsStream(MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException("The extension's manifest " + MANIFEST + " is missing from the program.");
            }
            JsonNode key = Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).path("key");
            if (!key.isTextual()) {
                throw new IllegalStateException("The extension's manifest has no 'key', so its id is not fixed.");
            }
            return key.textValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + MANIFEST, e);
        }
    }
}

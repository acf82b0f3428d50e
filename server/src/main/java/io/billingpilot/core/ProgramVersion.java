package io.billingpilot.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * billing-pilot's version, written into the program by the build from the pom. The extension's
 * manifest carries the same number, so the guide can tell an extension of another build.
 */
public final class ProgramVersion {
    static final String RESOURCE = "io/billingpilot/build.properties";
    private static final String CURRENT = load();

    private ProgramVersion() {
    }

    /** E.g. "0.1.0". */
    public static String current() {
        return CURRENT;
    }

    /**
     * Compares two versions part by part as numbers ("0.10.0" is after "0.9.1"), the way browsers
     * compare extension versions; a part that is not a number counts as 0.
     */
    public static int compare(String a, String b) {
        String[] left = a.split("[.-]");
        String[] right = b.split("[.-]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int difference = Long.compare(part(left, i), part(right, i));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private static long part(String[] parts, int index) {
        if (index >= parts.length) {
            return 0;
        }
        try {
            return Long.parseLong(parts[index]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String load() {
        try (InputStream in = ProgramVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the program: it is written by the build.");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version").trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }
}

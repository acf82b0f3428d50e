package io.billingpilot.core;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A value of a small vocabulary that has a stable key in files, forms and the JSON API
 * (e.g. {@code data-exports}, {@code costAllocation}). The enums of that vocabulary find
 * their values by key through {@link #find}, so every edge parses them the same way.
 */
public interface Keyed {
    String key();

    /** The value with this key (compared ignoring letter case and surrounding spaces), or null. */
    static <E extends Enum<E> & Keyed> E find(Class<E> type, String key) {
        if (key == null) {
            return null;
        }
        String wanted = key.strip();
        for (E value : type.getEnumConstants()) {
            if (value.key().equalsIgnoreCase(wanted)) {
                return value;
            }
        }
        return null;
    }

    /**
     * The value with this key, null for null or blank.
     *
     * @param what how people call the value, for the message, e.g. "report type"
     * @throws InvalidInputException naming the keys it takes
     */
    static <E extends Enum<E> & Keyed> E parse(Class<E> type, String key, String what) {
        if (key == null || key.isBlank()) {
            return null;
        }
        E found = find(type, key);
        if (found == null) {
            throw new InvalidInputException("Unknown " + what + " '" + Texts.clip(key) + "': use one of " + keys(type) + ".");
        }
        return found;
    }

    /** The keys in declaration order, e.g. "A, B, C, s3, data-exports, cur". */
    static <E extends Enum<E> & Keyed> String keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyed::key).collect(Collectors.joining(", "));
    }
}

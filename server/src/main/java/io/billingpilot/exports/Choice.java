package io.billingpilot.exports;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Texts;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parsing of the small option enums of an export definition by their command-line ids. */
final class Choice {
    private Choice() {
    }

    interface Named {
        String id();
    }

    static <E extends Enum<E> & Named> E parse(Class<E> type, String what, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (E option : type.getEnumConstants()) {
            if (option.id().equals(wanted)) {
                return option;
            }
        }
        throw new InvalidInputException("Unknown " + what + " '" + Texts.clip(value) + "': use one of "
                + Arrays.stream(type.getEnumConstants()).map(Named::id).collect(Collectors.joining(", ")) + ".");
    }
}

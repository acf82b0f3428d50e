package io.billingpilot.policy.iam;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The date forms IAM's Date operators accept: ISO 8601 dates and times, or epoch seconds. */
final class Dates {
    private Dates() {
    }

    /** The instant, or null when the text is no date. */
    static Instant parse(String text) {
        String value = text.trim();
        if (value.isEmpty() || value.length() > 40) {
            return null;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return value.length() > 12 ? null : Instant.ofEpochSecond(Long.parseLong(value));
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }
}

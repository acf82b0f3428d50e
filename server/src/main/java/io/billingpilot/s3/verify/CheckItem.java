package io.billingpilot.s3.verify;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.billingpilot.core.Finding;
import io.billingpilot.core.Severity;

import java.util.List;
import java.util.Objects;

/**
 * One line of the verify checklist.
 *
 * @param id        stable name (bucket, policy, encryption, ownership, public-access, verification-object)
 * @param title     what is checked, for people
 * @param message   what was found
 * @param fix       what to do; never empty for a FAIL
 * @param essential when UNKNOWN, the whole verify could not check (exit status 3)
 * @param details   finer findings behind this line (e.g. each policy problem), possibly empty
 */
public record CheckItem(String id, String title, CheckStatus status, String message, String fix,
                        @JsonIgnore boolean essential, List<Finding> details) {
    /** How a check that was never made begins its message. */
    public static final String NOT_CHECKED = "Not checked: ";

    public CheckItem {
        Objects.requireNonNull(id);
        Objects.requireNonNull(status);
        Objects.requireNonNull(message);
        fix = fix == null ? "" : fix;
        details = List.copyOf(details == null ? List.of() : details);
        if (status == CheckStatus.FAIL && fix.isEmpty()) {
            throw new IllegalArgumentException("a failed check needs a fix: " + id);
        }
    }

    public static CheckItem pass(String id, String title, String message) {
        return new CheckItem(id, title, CheckStatus.PASS, message, "", false, List.of());
    }

    public static CheckItem fail(String id, String title, String message, String fix) {
        return new CheckItem(id, title, CheckStatus.FAIL, message, fix, false, List.of());
    }

    public static CheckItem warning(String id, String title, String message, String fix) {
        return new CheckItem(id, title, CheckStatus.WARNING, message, fix, false, List.of());
    }

    public static CheckItem unknown(String id, String title, String message, String fix) {
        return new CheckItem(id, title, CheckStatus.UNKNOWN, message, fix, false, List.of());
    }

    /** A check left out because an earlier one failed; it adds no finding of its own. */
    public static CheckItem skipped(String id, String title, String why) {
        return unknown(id, title, NOT_CHECKED + why, "");
    }

    public CheckItem asEssential() {
        return new CheckItem(id, title, status, message, fix, true, details);
    }

    public CheckItem withDetails(List<Finding> more) {
        return new CheckItem(id, title, status, message, fix, essential, more);
    }

    /** True when this item alone means the check could not be made. */
    @JsonIgnore
    public boolean blocksChecking() {
        return essential && status == CheckStatus.UNKNOWN;
    }

    /**
     * The contract's findings for this line: its details when it has any, else the line itself.
     * Passes and skipped checks give none.
     */
    public List<Finding> findings() {
        if (status == CheckStatus.PASS || message.startsWith(NOT_CHECKED)) {
            return List.of();
        }
        if (!details.isEmpty()) {
            return details;
        }
        Severity severity = switch (status) {
            case FAIL -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            default -> essential ? Severity.ERROR : Severity.INFO;
        };
        return List.of(new Finding(id, severity, message, fix));
    }
}

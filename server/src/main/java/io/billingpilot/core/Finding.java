package io.billingpilot.core;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Objects;

/**
 * One thing a check found: a stable machine-readable code, how bad it is, what is wrong
 * (for people) and what to do about it. Shared by the name rules, the policy analyzer and
 * the live verifier so that every surface (pages, JSON API, CLI) reports alike.
 */
public record Finding(String code, Severity severity, String message, String fix) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
    }

    public static Finding error(String code, String message, String fix) {
        return new Finding(code, Severity.ERROR, message, fix);
    }

    public static Finding warning(String code, String message, String fix) {
        return new Finding(code, Severity.WARNING, message, fix);
    }

    public static Finding info(String code, String message, String fix) {
        return new Finding(code, Severity.INFO, message, fix);
    }

    @JsonIgnore
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}

package io.billingpilot.s3.verify;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The state of one checklist item, as the guide's checklist and the CLI show it. */
public enum CheckStatus {
    PASS, FAIL, WARNING, UNKNOWN;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

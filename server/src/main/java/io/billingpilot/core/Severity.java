package io.billingpilot.core;

import com.fasterxml.jackson.annotation.JsonValue;

/** How bad a finding is; the JSON form is the lower-case name, as the contract spells it. */
public enum Severity {
    ERROR, WARNING, INFO;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

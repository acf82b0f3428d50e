package io.billingpilot.iac;

import io.billingpilot.core.InvalidInputException;
import io.billingpilot.core.Texts;

import java.util.Locale;

/** The infrastructure-code formats the setup is written in, with the file name a download gets. */
public enum IacFormat {
    CLOUDFORMATION("cloudformation", "billing-setup.template.json", "application/json"),
    TERRAFORM("terraform", "billing-setup.tf", "text/plain");

    private final String id;
    private final String fileName;
    private final String mediaType;

    IacFormat(String id, String fileName, String mediaType) {
        this.id = id;
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public static IacFormat parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("Name the format: cloudformation or terraform.");
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (IacFormat format : values()) {
            if (format.id.equals(wanted)) {
                return format;
            }
        }
        throw new InvalidInputException("Unknown format '" + Texts.clip(value) + "': use cloudformation or terraform.");
    }
}

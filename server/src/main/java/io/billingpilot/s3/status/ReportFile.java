package io.billingpilot.s3.status;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import java.time.Instant;

/**
 * One delivered file, as listed (never downloaded).
 *
 * @param kind  a legacy report id (monthly, detailed, ...), or "manifest" / "data" for CUR and Data Exports
 * @param month        the billing month, YYYY-MM
 * @param lastModified in JSON as ISO-8601 text, e.g. 2024-06-01T10:15:30Z
 */
public record ReportFile(String kind, String month, String key, long size,
                         @JsonSerialize(using = ToStringSerializer.class) Instant lastModified) {
    public static final String MANIFEST = "manifest";
    public static final String DATA = "data";
}

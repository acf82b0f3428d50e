package io.billingpilot.s3.status;

import java.time.Instant;

/**
 * One delivered file, as listed (never downloaded).
 *
 * @param kind  a legacy report id (monthly, detailed, ...), or "manifest" / "data" for CUR and Data Exports
 * @param month the billing month, YYYY-MM
 */
public record ReportFile(String kind, String month, String key, long size, Instant lastModified) {
    public static final String MANIFEST = "manifest";
    public static final String DATA = "data";
}

package io.billingpilot.s3.status;

import io.billingpilot.core.LegacyReport;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a legacy report file name: {@code ACCOUNT-aws-billing-csv-2024-05.csv}, the DBR, cost
 * allocation and DBR-RT names, and their regional variants, which carry {@code -ACTS-},
 * {@code -ACTS-Ningxia-} (China) or {@code -AISPL-} (India) before the month, or right after
 * {@code aws-billing} / {@code aws-cost-allocation}.
 */
public final class LegacyFileName {
    private static final String VARIANT = "ACTS-Ningxia|ACTS|AISPL";
    private static final Pattern NAME = Pattern.compile("(\\d{12})-aws-(billing|cost-allocation)"
            + "(?:-(" + VARIANT + "))?"
            + "(-csv|-detailed-line-items-with-resources-and-tags|-detailed-line-items|)"
            + "(?:-(" + VARIANT + "))?"
            + "-(\\d{4}-(?:0[1-9]|1[0-2]))\\.csv(?:\\.zip)?");

    /** One recognised file: the payer account, which report, the month, and the regional variant or null. */
    public record Parsed(String account, LegacyReport report, YearMonth month, String variant) {
    }

    private LegacyFileName() {
    }

    /** The parts of a key at the bucket root, or empty when it is not a legacy report file. */
    public static Optional<Parsed> parse(String key) {
        Matcher m = NAME.matcher(key);
        if (!m.matches() || (m.group(3) != null && m.group(5) != null)) {
            return Optional.empty();
        }
        LegacyReport report = LegacyReport.byStem("aws-" + m.group(2) + m.group(4));
        if (report == null) {
            return Optional.empty();
        }
        String variant = m.group(3) != null ? m.group(3) : m.group(5);
        return Optional.of(new Parsed(m.group(1), report, YearMonth.parse(m.group(6)), variant));
    }

    /** The prefix every legacy file of an account starts with. */
    public static String accountPrefix(String account) {
        return account + "-aws-";
    }
}

package io.billingpilot.state;

import io.billingpilot.core.Keyed;
import io.billingpilot.exports.ExportTable;
import io.billingpilot.exports.FileFormat;
import io.billingpilot.exports.Granularity;
import io.billingpilot.exports.Versioning;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The export form's choices as the extension reports them: the keys of {@code choices} in the
 * label table (e.g. {@code HOURLY}, {@code TEXT_OR_CSV}, {@code OVERWRITE_REPORT}, {@code cur2}),
 * or the export definition's own ids ({@code hourly}, {@code csv-gzip}, {@code overwrite}), read
 * into the export definition's types. A value none of them spells reads as null.
 */
public final class ConsoleChoices {
    private ConsoleChoices() {
    }

    public static ExportTable table(String value) {
        return find(ExportTable.values(), value, t -> Stream.of(t.id(), t.apiName()));
    }

    public static Granularity granularity(String value) {
        return find(Granularity.values(), value, g -> Stream.of(g.id(), g.apiValue()));
    }

    /** PARQUET; TEXT_OR_CSV (Data Exports) or GZIP (legacy CUR) for gzip-compressed CSV; ZIP for zipped CSV. */
    public static FileFormat format(String value) {
        return find(FileFormat.values(), value, f -> Stream.of(f.id(), f.name(), f.dataExportsFormat(), f.curCompression()));
    }

    public static Versioning versioning(String value) {
        return find(Versioning.values(), value, v -> Stream.of(v.id(), v.apiValue()));
    }

    /** A status key of the label table or its label, letter case, spaces and punctuation aside ("Invalid bucket"). */
    public static ExportForm.Health health(String value) {
        return find(ExportForm.Health.values(), value, h -> Stream.of(h.key()));
    }

    private static <E> E find(E[] values, String value, Function<E, Stream<String>> spellings) {
        if (value == null) {
            return null;
        }
        String wanted = plain(value);
        return Arrays.stream(values)
                .filter(option -> spellings.apply(option).filter(Objects::nonNull).map(ConsoleChoices::plain)
                        .anyMatch(wanted::equals))
                .findFirst().orElse(null);
    }

    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The id a choice is stored and shown with. */
    static String id(Object choice) {
        if (choice == null) {
            return null;
        }
        if (choice instanceof ExportTable table) {
            return table.id();
        }
        if (choice instanceof Granularity granularity) {
            return granularity.id();
        }
        if (choice instanceof FileFormat format) {
            return format.id();
        }
        if (choice instanceof Versioning versioning) {
            return versioning.id();
        }
        return ((Keyed) choice).key();
    }
}

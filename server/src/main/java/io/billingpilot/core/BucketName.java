package io.billingpilot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place for S3's bucket-naming rules (general purpose buckets), as they apply to a
 * bucket that receives billing reports. Every surface (guide, API, CLI) asks this class.
 * Each broken rule is reported separately so a person sees all of them at once.
 */
public final class BucketName {
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 63;

    /** Prefixes S3 reserves. */
    public static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    /** Suffixes S3 reserves for access points, Object Lambda, multi-region access points, directory and table buckets. */
    public static final List<String> RESERVED_SUFFIXES = List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");

    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private BucketName() {
    }

    /** One broken rule: a stable code and a sentence for people. */
    public record Problem(String code, String message) {
    }

    public static boolean isValid(String name) {
        return problems(name).isEmpty();
    }

    /** Every rule the name breaks; empty when the name is valid. */
    public static List<Problem> problems(String name) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            problems.add(new Problem("empty", "Enter a bucket name."));
            return problems;
        }
        if (!name.equals(name.strip())) {
            problems.add(new Problem("whitespace", "The name starts or ends with a space; bucket names contain no spaces."));
        }
        if (name.length() < MIN_LENGTH || name.length() > MAX_LENGTH) {
            problems.add(new Problem("length", "A bucket name has " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters; this one has " + name.length() + "."));
        }
        checkCharacters(name, problems);
        char first = name.charAt(0);
        char last = name.charAt(name.length() - 1);
        if (!isLowerAlnum(first) || !isLowerAlnum(last)) {
            problems.add(new Problem("edges", "A bucket name begins and ends with a lowercase letter or a digit."));
        }
        if (name.contains("..")) {
            problems.add(new Problem("adjacent-periods", "A bucket name cannot contain two periods in a row."));
        }
        if (name.contains(".-") || name.contains("-.")) {
            problems.add(new Problem("label-shape",
                    "Each part between periods must begin and end with a letter or digit: no '-' next to a '.'."));
        }
        if (IP_ADDRESS.matcher(name).matches()) {
            problems.add(new Problem("ip-address", "A bucket name cannot look like an IP address (such as 192.168.5.4)."));
        }
        for (String prefix : RESERVED_PREFIXES) {
            if (name.startsWith(prefix)) {
                problems.add(new Problem("reserved-prefix", "Names beginning with '" + prefix + "' are reserved by AWS."));
            }
        }
        for (String suffix : RESERVED_SUFFIXES) {
            if (name.endsWith(suffix)) {
                problems.add(new Problem("reserved-suffix", "Names ending with '" + suffix + "' are reserved by AWS."));
            }
        }
        return problems;
    }

    /** Advice that is not a rule: valid names that make the setup harder. */
    public static List<String> advice(String name) {
        List<String> advice = new ArrayList<>();
        if (name != null && isValid(name) && name.contains(".")) {
            advice.add("Periods are allowed, but they break virtual-hosted HTTPS access to the bucket; "
                    + "a name with hyphens instead is safer.");
        }
        return advice;
    }

    /** The name, or an {@link InvalidInputException} listing every broken rule. */
    public static String require(String name) {
        List<Problem> problems = problems(name);
        if (!problems.isEmpty()) {
            List<String> reasons = problems.stream().map(Problem::message).toList();
            throw new InvalidInputException("'" + Texts.clip(name) + "' is not a valid bucket name: "
                    + String.join(" ", reasons), reasons);
        }
        return name;
    }

    private static void checkCharacters(String name, List<Problem> problems) {
        boolean upper = false;
        StringBuilder others = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (!isLowerAlnum(c) && c != '.' && c != '-') {
                String shown = Texts.clip(String.valueOf(c));
                if (c == ' ') {
                    shown = "space";
                }
                if (others.indexOf("'" + shown + "'") < 0 && others.length() < 60) {
                    others.append(others.length() == 0 ? "" : ", ").append('\'').append(shown).append('\'');
                }
            }
        }
        if (upper) {
            problems.add(new Problem("uppercase", "Uppercase letters are not allowed: bucket names are lowercase ("
                    + Texts.clip(name.toLowerCase(java.util.Locale.ROOT)) + "?)."));
        }
        if (others.length() > 0) {
            problems.add(new Problem("characters",
                    "Only lowercase letters, digits, periods (.) and hyphens (-) are allowed; found " + others + "."));
        }
    }

    private static boolean isLowerAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}

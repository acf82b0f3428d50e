package io.billingpilot.policy.iam;

import java.util.List;

/**
 * Policy variables of Version 2012-10-17: {@code ${aws:SourceAccount}} is replaced by the
 * request's value, {@code ${key, 'default'}} falls back to the default, and {@code ${*}},
 * {@code ${?}}, {@code ${$}} stand for those characters. A variable whose key the request
 * lacks (and that has no default) makes the value unusable: it matches nothing.
 */
final class PolicyVariables {
    private PolicyVariables() {
    }

    /** The value with its variables replaced, or null when one cannot be resolved. */
    static String resolve(String value, RequestContext request) {
        if (!value.contains("${")) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < value.length()) {
            int start = value.indexOf("${", at);
            int end = start < 0 ? -1 : value.indexOf('}', start);
            if (start < 0 || end < 0) {
                out.append(value, at, value.length());
                break;
            }
            out.append(value, at, start);
            String replacement = replacement(value.substring(start + 2, end).trim(), request);
            if (replacement == null) {
                return null;
            }
            out.append(replacement);
            at = end + 1;
        }
        return out.toString();
    }

    private static String replacement(String variable, RequestContext request) {
        if (variable.equals("*") || variable.equals("?") || variable.equals("$")) {
            return variable;
        }
        String key = variable;
        String fallback = null;
        int comma = variable.indexOf(',');
        if (comma >= 0) {
            key = variable.substring(0, comma).trim();
            String rest = variable.substring(comma + 1).trim();
            if (rest.length() >= 2 && rest.startsWith("'") && rest.endsWith("'")) {
                fallback = rest.substring(1, rest.length() - 1);
            }
        }
        List<String> values = request.values(key);
        return values.isEmpty() ? fallback : values.get(0);
    }
}

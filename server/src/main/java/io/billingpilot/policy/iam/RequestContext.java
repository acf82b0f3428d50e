package io.billingpilot.policy.iam;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as IAM evaluates it: who calls, the action, the resource ARN and the condition
 * keys the request carries. Key names compare case-insensitively, as in IAM; a key that is
 * not here is missing from the request.
 */
public final class RequestContext {
    private final Caller caller;
    private final String action;
    private final String resource;
    private final Map<String, List<String>> keys = new HashMap<>();

    public RequestContext(Caller caller, String action, String resource) {
        this.caller = caller;
        this.action = action;
        this.resource = resource;
    }

    public RequestContext with(String key, String... values) {
        keys.put(key.toLowerCase(Locale.ROOT), List.of(values));
        return this;
    }

    public Caller caller() {
        return caller;
    }

    public String action() {
        return action;
    }

    public String resource() {
        return resource;
    }

    /** The key's values; empty when the request does not carry it. */
    public List<String> values(String key) {
        return keys.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
    }
}

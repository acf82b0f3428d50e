package io.billingpilot.policy.iam;

import java.util.List;
import java.util.Locale;

/**
 * A condition operator as written in a policy, e.g. {@code ForAnyValue:StringLikeIfExists}:
 * an optional set qualifier, the base operator and the optional IfExists suffix. Evaluation
 * follows the IAM reference:
 * <ul>
 *   <li>several policy values for one key are OR'ed (for a negated operator: the request value
 *       must match none of them);</li>
 *   <li>a key missing from the request makes the condition false, except that negated operators
 *       (StringNotEquals, ArnNotLike, NotIpAddress, ...) are then true, ...IfExists is true,
 *       ForAllValues is true and Null tests exactly that;</li>
 *   <li>ForAnyValue: at least one request value passes; ForAllValues: every request value passes.</li>
 * </ul>
 */
public record ConditionOperator(String name, Qualifier qualifier, BaseOperator base, boolean ifExists) {
    public enum Qualifier { SINGLE, FOR_ANY_VALUE, FOR_ALL_VALUES }

    private static final String ANY_PREFIX = "foranyvalue:";
    private static final String ALL_PREFIX = "forallvalues:";
    private static final String IF_EXISTS = "ifexists";

    /** The operator, or null when IAM does not know the name (AWS refuses such a policy). */
    public static ConditionOperator parse(String name) {
        String rest = name.toLowerCase(Locale.ROOT);
        Qualifier qualifier = Qualifier.SINGLE;
        if (rest.startsWith(ANY_PREFIX)) {
            qualifier = Qualifier.FOR_ANY_VALUE;
            rest = rest.substring(ANY_PREFIX.length());
        } else if (rest.startsWith(ALL_PREFIX)) {
            qualifier = Qualifier.FOR_ALL_VALUES;
            rest = rest.substring(ALL_PREFIX.length());
        }
        boolean ifExists = false;
        if (rest.endsWith(IF_EXISTS) && rest.length() > IF_EXISTS.length()) {
            ifExists = true;
            rest = rest.substring(0, rest.length() - IF_EXISTS.length());
        }
        BaseOperator base = BaseOperator.byName(rest);
        if (base == null || (base == BaseOperator.NULL && (ifExists || qualifier != Qualifier.SINGLE))) {
            return null;
        }
        return new ConditionOperator(name, qualifier, base, ifExists);
    }

    /**
     * @param policyValues  the values in the policy (OR'ed)
     * @param requestValues the key's values in the request; empty when the key is missing
     */
    public boolean evaluate(List<String> policyValues, List<String> requestValues) {
        boolean present = !requestValues.isEmpty();
        if (base == BaseOperator.NULL) {
            // "true" asks for the key to be absent, "false" for it to be present.
            return policyValues.stream().anyMatch(value -> value.equalsIgnoreCase("true") != present);
        }
        if (!present) {
            return switch (qualifier) {
                case FOR_ALL_VALUES -> true;
                case FOR_ANY_VALUE -> ifExists;
                case SINGLE -> ifExists || base.negated();
            };
        }
        return switch (qualifier) {
            case FOR_ALL_VALUES -> requestValues.stream().allMatch(value -> passes(policyValues, value));
            case FOR_ANY_VALUE, SINGLE -> requestValues.stream().anyMatch(value -> passes(policyValues, value));
        };
    }

    private boolean passes(List<String> policyValues, String requestValue) {
        boolean matchesOne = policyValues.stream().anyMatch(value -> base.test(value, requestValue));
        return base.negated() != matchesOne;
    }

    /** Whether a {@code *} or {@code ?} in a value is a wildcard for this operator (not a literal character). */
    public boolean supportsWildcards() {
        return base.supportsWildcards();
    }
}

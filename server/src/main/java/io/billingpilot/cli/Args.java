package io.billingpilot.cli;

import io.billingpilot.core.Texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words after the command: {@code --name value} options, {@code --flag} switches and
 * positional arguments. A command declares what it takes; anything else is a usage error.
 */
public final class Args {
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();

    private Args() {
    }

    /**
     * @param valueOptions options that take a value (without the leading dashes)
     * @param flagOptions  switches without a value
     */
    public static Args parse(List<String> words, Set<String> valueOptions, Set<String> flagOptions) {
        Args args = new Args();
        boolean onlyPositional = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (onlyPositional || !word.startsWith("--")) {
                args.positional.add(word);
                continue;
            }
            if (word.equals("--")) {
                onlyPositional = true;
                continue;
            }
            String name = word.substring(2);
            String inlineValue = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                inlineValue = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (flagOptions.contains(name) && inlineValue == null) {
                args.flags.add(name);
            } else if (valueOptions.contains(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= words.size()) {
                        throw new UsageException("--" + name + " needs a value.");
                    }
                    value = words.get(++i);
                }
                if (args.options.put(name, value) != null) {
                    throw new UsageException("--" + name + " is given twice.");
                }
            } else {
                throw new UsageException("Unknown option '" + Texts.clip(word) + "'.");
            }
        }
        return args;
    }

    public String option(String name) {
        return options.get(name);
    }

    public String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required.");
        }
        return value;
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public List<String> positional() {
        return positional;
    }

    /** Exactly one positional argument, named {@code what} in the error. */
    public String single(String what) {
        if (positional.size() != 1) {
            throw new UsageException(positional.isEmpty() ? "Give " + what + "." : "Give exactly one " + what + ".");
        }
        return positional.get(0);
    }

    public void noPositional() {
        if (!positional.isEmpty()) {
            throw new UsageException("Unexpected argument '" + Texts.clip(positional.get(0)) + "'.");
        }
    }
}

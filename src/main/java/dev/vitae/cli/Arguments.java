package dev.vitae.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: positional ones and {@code --option value} pairs ({@code -o} is short for
 * {@code --output}). Options not in the command's list are a usage error, not silently ignored.
 */
record Arguments(List<String> positional, Map<String, String> options) {

    static Arguments parse(List<String> args, Set<String> allowedOptions) throws UsageError {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("-") && arg.length() > 1) {
                String name = arg.equals("-o") ? "--output" : arg;
                String value = null;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!allowedOptions.contains(name)) {
                    throw new UsageError("unknown option " + arg);
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageError(name + " needs a value");
                    }
                    value = args.get(++i);
                }
                options.put(name, value);
            } else {
                positional.add(arg);
            }
        }
        return new Arguments(positional, options);
    }

    String option(String name) {
        return options.get(name);
    }
}

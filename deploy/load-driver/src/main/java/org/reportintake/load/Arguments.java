package org.reportintake.load;

import java.util.List;

/** {@code --name value} and {@code --flag} command-line options. */
final class Arguments {

    private final List<String> args;

    Arguments(String[] args) {
        this.args = List.of(args);
    }

    String value(String name, String fallback) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : fallback;
    }

    int intValue(String name, int fallback) {
        return Integer.parseInt(value(name, Integer.toString(fallback)));
    }

    boolean flag(String name) {
        return args.contains(name);
    }
}

package org.agenticrl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Range checks that fail as a usage error (exit 2) with one line naming the option. */
final class Arguments {
    private Arguments() {
    }

    static double inRange(CommandSpec spec, String option, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " must be between " + plain(min) + " and " + plain(max) + ", got " + plain(value));
        }
        return value;
    }

    static long inRange(CommandSpec spec, String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    static CommandLine.ParameterException invalid(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** A whole number without ".0" (3, not 3.0), any other value as Double.toString writes it. */
    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}

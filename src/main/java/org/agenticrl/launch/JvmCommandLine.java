package org.agenticrl.launch;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How this JVM was started, split into the parts a relaunch needs: the JVM options typed on the command line, the main
 * part ({@code -jar FILE} or {@code [-cp PATH] CLASS}) and the program's arguments. Immutable.
 *
 * @param options the JVM options in their order (class path options included), not those from the environment
 * @param main the tokens that name what runs: {@code -jar FILE}, or the main class
 * @param arguments the program's arguments
 * @param environment the options the {@code JDK_JAVA_OPTIONS} and {@code JAVA_TOOL_OPTIONS} variables add, which a child
 *                    started with this environment gets again by itself
 * @param environmentInOptions whether {@code options} already holds the environment's options (read from the JVM
 *                             rather than from the command line), so that a child must not get them twice
 */
record JvmCommandLine(List<String> options, List<String> main, List<String> arguments, List<String> environment,
                      boolean environmentInOptions) {
    /** The variables the java launcher and the JVM read options from. */
    static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS");
    /** The options whose value names what runs. */
    private static final List<String> MAIN_OPTIONS = List.of("-jar", "-m", "--module");

    JvmCommandLine {
        options = List.copyOf(options);
        main = List.copyOf(main);
        arguments = List.copyOf(arguments);
        environment = List.copyOf(environment);
    }

    /**
     * This JVM's command line: read from the operating system where it tells (Linux, macOS), else from the JVM's own
     * list of its input arguments (Windows), which is slower to get (the management classes load) and holds the
     * environment's options too. Empty if it cannot be told: a native launcher started the JVM in its own process
     * (the installed app's), or the runtime has no management module (the installed app's on Windows).
     *
     * @param arguments the arguments main was given
     * @param mainClass the class whose main runs
     */
    static Optional<JvmCommandLine> ofThisJvm(String[] arguments, Class<?> mainClass) {
        List<String> environment = environmentOptions(System.getenv());
        Optional<String[]> fromSystem = ProcessHandle.current().info().arguments();
        if (fromSystem.isPresent()) {
            return parse(Arrays.asList(fromSystem.get()), Arrays.asList(arguments), environment);
        }
        try {
            return Optional.of(new JvmCommandLine(ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()), Arrays.asList(arguments),
                    environment, true));
        } catch (LinkageError noManagementModule) {
            return Optional.empty();
        }
    }

    /**
     * Splits a command line (without the java binary) whose last tokens are the program's arguments; empty if it
     * does not end with them or names no main class or jar before them.
     */
    static Optional<JvmCommandLine> parse(List<String> commandLine, List<String> arguments, List<String> environment) {
        int programAt = commandLine.size() - arguments.size();
        if (programAt < 1 || !commandLine.subList(programAt, commandLine.size()).equals(arguments)) {
            return Optional.empty();
        }
        int mainAt = programAt >= 2 && MAIN_OPTIONS.contains(commandLine.get(programAt - 2)) ? programAt - 2
                : programAt - 1;
        if (mainAt == programAt - 1 && commandLine.get(mainAt).startsWith("-")) {
            return Optional.empty();
        }
        return Optional.of(new JvmCommandLine(commandLine.subList(0, mainAt), commandLine.subList(mainAt, programAt),
                arguments, environment, false));
    }

    /** The options the environment adds, split on white space as the java launcher does. */
    static List<String> environmentOptions(Map<String, String> variables) {
        List<String> options = new ArrayList<>();
        for (String variable : OPTION_VARIABLES) {
            String value = variables.get(variable);
            if (value != null && !value.isBlank()) {
                options.addAll(Arrays.asList(value.trim().split("\\s+")));
            }
        }
        return options;
    }

    /** Every option this JVM runs with: the environment's and the command line's. */
    List<String> allOptions() {
        if (environmentInOptions) {
            return options;
        }
        List<String> all = new ArrayList<>(environment);
        all.addAll(options);
        return all;
    }
}

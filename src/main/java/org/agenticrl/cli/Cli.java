package org.agenticrl.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.agenticrl.engine.FileFieldException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless commands. {@link #run} returns the exit code: 0 on success, 2 with one line on stderr for bad
 * arguments or input, 1 with one line for anything unexpected; never a stack trace.
 */
@Command(name = "agentic-rl", mixinStandardHelpOptions = true, versionProvider = ProgramVersion.class,
        description = "Headless commands over the Agentic RL Visualizer's engine. Without a command the desktop app opens.",
        footer = {"", "The window runs with the JVM options -Xmx256m -XX:TieredStopAtLevel=1 (a heap ceiling and C1 only: "
            + "less memory, steadier frames). A JVM started without them, as plain java -jar agentic-rl.jar is, starts "
            + "the window in a second JVM with them (the same java and command line) and waits for it. Options you "
            + "type yourself are kept (java -Xmx1g -jar agentic-rl.jar adds only the C1 one); "
            + "-Dagenticrl.relaunch=false keeps the window in the first JVM."},
        subcommands = {GenerateCommand.class, DistributionCommand.class, EpisodeCommand.class, LossesCommand.class,
                ToolCommand.class, ScenariosCommand.class, SessionCommand.class, TrainCommand.class,
                SweepCommand.class, InspectCommand.class, LessonCommand.class, BenchCommand.class, AppCommand.class, BenchUiCommand.class})
public final class Cli implements Runnable {
    public static final int USAGE = 2;
    public static final int INTERNAL = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command; see --help");
    }

    /** Runs the command line, writing results to out and problems to err. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Cli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        AsciiNumbers.registerOn(commandLine);
        // picocli would replace an argument such as --task @notes by the words of the file notes, if there is one.
        commandLine.setExpandAtFiles(false);
        // A tool's argument may start with a minus sign (tool calculate -5+3): there, an unknown option is its text.
        commandLine.getSubcommands().get(ToolCommand.NAME).setUnmatchedOptionsArePositionalParams(true);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println(prefix(exception.getCommandLine()) + message(exception) + " (see --help)");
            err.flush();
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((exception, parsed, parseResult) -> {
            if (exception instanceof FileFieldException || exception instanceof IllegalArgumentException) {
                err.println(prefix(parsed) + exception.getMessage());
                err.flush();
                return USAGE;
            }
            err.println(prefix(parsed) + "internal error: " + exception.getClass().getSimpleName()
                    + (exception.getMessage() == null ? "" : ": " + exception.getMessage()));
            err.flush();
            return INTERNAL;
        });
        int code = commandLine.execute(DesktopFileArgument.asAppCommand(args, commandLine.getSubcommands().keySet()));
        out.flush();
        return code;
    }

    /** The names of the commands, as a command line is matched against them. */
    static Set<String> commandNames() {
        return Arrays.stream(Cli.class.getAnnotation(Command.class).subcommands())
                .map(command -> command.getAnnotation(Command.class).name()).collect(Collectors.toSet());
    }

    /** picocli's "Invalid value for option '--count': why" as "--count: why" when a converter said why. */
    private static String message(CommandLine.ParameterException exception) {
        if (exception.getCause() instanceof CommandLine.TypeConversionException
                && exception.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
            return option.longestName() + ": " + exception.getCause().getMessage();
        }
        return exception.getMessage();
    }

    private static String prefix(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName() + ": ";
    }
}

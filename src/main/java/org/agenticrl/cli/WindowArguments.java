package org.agenticrl.cli;

/**
 * Which command lines open the desktop window, decided before anything else runs (see {@code org.agenticrl.Launcher}):
 * without building the command line, so that it costs the launching JVM nothing.
 */
public final class WindowArguments {
    private WindowArguments() {
    }

    /** Whether these arguments open the window: none, the {@code app} or {@code bench-ui} command, or a file alone. */
    public static boolean opensWindow(String[] args) {
        return args.length == 0 || args[0].equals(AppCommand.NAME) || args[0].equals(BenchUiCommand.NAME)
                || args.length == 1 && DesktopFileArgument.asAppCommand(args, Cli.commandNames()) != args;
    }
}

package org.agenticrl.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;

/**
 * What a desktop passes when a user opens a session or scenario file with the installed app (a double-click on an
 * associated file, "Open with"): the file's path as the only argument. Such an argument list becomes
 * {@code app --open FILE}, which opens the window and the file in it as File ▸ Open does, so that a bad file is refused in
 * the window, where the user sees why, rather than on a terminal nobody looks at. A command's name always stays a
 * command, even when a file of that name exists; anything else is left to the command line to judge.
 */
final class DesktopFileArgument {
    private DesktopFileArgument() {
    }

    static String[] asAppCommand(String[] args, Set<String> commands) {
        if (args.length != 1 || commands.contains(args[0]) || args[0].startsWith("-") || !isFile(args[0])) {
            return args;
        }
        return new String[] {AppCommand.NAME, AppCommand.OPEN, args[0]};
    }

    private static boolean isFile(String argument) {
        try {
            return Files.isRegularFile(Path.of(argument));
        } catch (InvalidPathException notAPath) {
            return false;
        }
    }
}

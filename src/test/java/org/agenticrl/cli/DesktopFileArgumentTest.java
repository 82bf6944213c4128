package org.agenticrl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one file a desktop hands the launcher opens the window on it; everything else stays a command line. */
class DesktopFileArgumentTest {
    private static final Set<String> COMMANDS = Set.of("losses", "app");

    @TempDir
    Path folder;

    @Test
    void aFileAloneOpensTheWindowOnIt() throws IOException {
        Path file = Files.writeString(folder.resolve("my scenario.json"), "{}");
        assertArrayEquals(new String[] {"app", "--open", file.toString()},
                DesktopFileArgument.asAppCommand(new String[] {file.toString()}, COMMANDS));
    }

    @Test
    void aCommandStaysACommandEvenWhenAFileHasItsName() throws IOException {
        Path file = Files.writeString(folder.resolve("losses"), "{}");
        String[] args = {file.toString()};
        assertArrayEquals(args, DesktopFileArgument.asAppCommand(args, Set.of(file.toString())));
    }

    @Test
    void anythingElseIsLeftToTheCommandLine() throws IOException {
        Path file = Files.writeString(folder.resolve("a.json"), "{}");
        for (String[] args : new String[][] {{}, {"losses"}, {folder.resolve("missing.json").toString()},
            {folder.toString()}, {file.toString(), "--json"}, {"--help"}, {"\0"}}) {
            assertArrayEquals(args, DesktopFileArgument.asAppCommand(args, COMMANDS), String.join(" ", args));
        }
    }
}

package org.agenticrl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agenticrl.launch.WindowJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which command lines open the window, and so run with the window's JVM options (org.agenticrl.launch.WindowJvm). */
class OpensWindowTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "; true",
        "app; true",
        "app --theme dark; true",
        "bench-ui --changes 50; true",
        "sweep --threads 2; false",
        "losses --json; false",
        "--help; false",
    })
    void theWindowsCommandsOpenIt(String arguments, boolean opens) {
        assertEquals(opens, WindowArguments.opensWindow(arguments == null ? new String[0] : arguments.split(" ")));
    }

    @Test
    void theHelpSaysWhichOptionsTheWindowRunsWithAndHow() throws Exception {
        CliRun run = CliRun.of("--help");

        for (String option : WindowJvm.OPTIONS) {
            assertTrue(run.out().replaceAll("\\s+", " ").contains(option), run.out());
        }
        assertTrue(run.out().contains("second JVM"), run.out());
    }

    @Test
    void aFileAloneOpensItButACommandsNameStaysACommand(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("lecture.arl"), "{}");

        assertEquals(true, WindowArguments.opensWindow(new String[] {file.toString()}));
        assertEquals(false, WindowArguments.opensWindow(new String[] {"scenarios"}));
        assertEquals(false, WindowArguments.opensWindow(new String[] {folder.resolve("missing.json").toString()}));
    }
}

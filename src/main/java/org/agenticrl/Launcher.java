package org.agenticrl;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.agenticrl.app.AgenticRlApp;
import org.agenticrl.cli.Cli;
import org.agenticrl.cli.WindowArguments;
import org.agenticrl.launch.WindowJvm;

/**
 * The program's entry point. Without arguments it opens the desktop app; with arguments it runs a headless command
 * and exits with its code. It does not extend {@code Application}, so that the JavaFX runtime can live on the class
 * path, and headless commands never load JavaFX at all. The window always runs with its JVM options: in a JVM
 * started without them, a second one is started with them ({@link WindowJvm}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        WindowJvm.followLauncher();
        if (WindowArguments.opensWindow(args)) {
            OptionalInt relaunched = WindowJvm.relaunch(args, Launcher.class);
            if (relaunched.isPresent()) {
                System.exit(relaunched.getAsInt());
            }
        }
        if (args.length == 0) {
            System.exit(AgenticRlApp.open());
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, out, err));
    }
}

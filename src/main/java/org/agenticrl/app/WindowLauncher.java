package org.agenticrl.app;

import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Starts a JavaFX application from the command line. A machine that cannot show a window (no display) gets one line
 * on stderr instead of a stack trace.
 */
public final class WindowLauncher {
    /**
     * JavaFX warns on every start that it was loaded from the class path ("Unsupported JavaFX configuration"), which
     * is how this app runs on purpose (see {@code org.agenticrl.Launcher}); that one line is dropped, every other
     * JavaFX message still reaches stderr. Held here because java.util.logging keeps only weak references to loggers.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private WindowLauncher() {
    }

    /** Drops JavaFX's start-up line about being loaded from the class path; every other JavaFX message stays. */
    static void quietUnsupportedConfiguration() {
        JAVAFX_LOG.setFilter(line -> line.getMessage() == null
                || !line.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    /**
     * Runs the application and returns when its window closes.
     *
     * @param parameters named parameters such as {@code --theme=dark}
     * @return 0 after the window closed, 1 if it could not open
     */
    public static int launch(Class<? extends Application> application, String... parameters) {
        quietUnsupportedConfiguration();
        try {
            Application.launch(application, parameters);
            return 0;
        } catch (RuntimeException e) {
            System.err.println("agentic-rl: cannot open the window (" + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()) + "); the headless commands need no display: "
                    + "java -jar agentic-rl.jar --help");
            return 1;
        }
    }
}

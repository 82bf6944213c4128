package org.agenticrl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.agenticrl.app.AgenticRlApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code app}: opens the desktop app, optionally in a theme, at a text scale, on a scenario or a scenario file. */
@Command(name = AppCommand.NAME, mixinStandardHelpOptions = true,
        description = "Open the desktop app (the same as running without a command), with start-up choices.")
final class AppCommand implements Callable<Integer> {
    static final String NAME = "app";
    static final String OPEN = "--open";
    @Spec
    CommandSpec spec;
    @Option(names = "--theme", paramLabel = "light|dark", description = "the look for this run, over the look of any "
            + "session opened in it; not remembered (default: the last one used)")
    String theme;
    @Option(names = "--text-scale", paramLabel = "S", description = "text scale for this run, 0.8 to 2, over the "
            + "text scale of any session opened in it; not remembered (default: the last one used)")
    Double textScale;
    @Option(names = "--scenario", paramLabel = "ID|PATH", description = "the scenario to open (default: seed-calculator)")
    String scenario;
    @Option(names = "--session", paramLabel = "FILE", description = "a session file (.arl) to open")
    Path session;
    @Option(names = OPEN, paramLabel = "FILE", description = "a session or scenario file to open in the window as File > Open "
            + "does: one that cannot be opened is refused there, with the reason, over the default scenario")
    Path open;
    @Option(names = "--run", paramLabel = "PATH", description = "a real run (a folder or a file) to open on the Run tab, "
            + "as File > Open run does")
    Path run;

    @Override
    public Integer call() throws Exception {
        List<String> parameters = new ArrayList<>();
        if (theme != null) {
            if (!theme.equals("light") && !theme.equals("dark")) {
                throw Arguments.invalid(spec, "--theme must be light or dark, got '" + theme + "'");
            }
            parameters.add("--theme=" + theme);
        }
        if (textScale != null) {
            Arguments.inRange(spec, "--text-scale", textScale, AgenticRlApp.MIN_TEXT_SCALE,
                    AgenticRlApp.MAX_TEXT_SCALE);
            parameters.add("--text-scale=" + textScale);
        }
        if (scenario != null) {
            ScenarioOption.resolve(spec, scenario);
            parameters.add("--scenario=" + scenario);
        }
        if (session != null) {
            AgenticRlApp.readSession(session);
            parameters.add("--session=" + session);
        }
        if (open != null) {
            parameters.add("--open=" + open);
        }
        if (run != null) {
            parameters.add("--run=" + run);
        }
        return AgenticRlApp.open(parameters.toArray(String[]::new));
    }
}

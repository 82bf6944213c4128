package org.agenticrl.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.agenticrl.app.AgenticRlApp.BuiltWindow;
import org.agenticrl.app.bench.StartupMarks;
import org.agenticrl.app.common.ModelRuntime;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.fx.FrameSteps;
import org.agenticrl.app.fx.FxRuntime;
import org.agenticrl.app.presenter.Screens;
import org.agenticrl.app.scenario.RecentFiles;
import org.agenticrl.app.session.RecoveryCopies;
import org.agenticrl.app.session.SessionFileModel;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.AppIcon;
import org.agenticrl.app.shell.FileDialogs;
import org.agenticrl.app.shell.SessionActions;
import org.agenticrl.app.shell.StartupScreen;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.app.theme.Stylesheets;
import org.agenticrl.engine.scenario.Scenario;

/**
 * Opens the window at once, titled and in the theme's colours, with a {@link StartupScreen} saying what is being
 * done, and builds the Episode tab behind it, a step per frame so that the line moves on: the model (the first
 * episode and its losses), the views, their styling. Only when the whole Episode tab is styled does it replace the
 * start-up screen, so that its first frame shows all of it; then the icon, the offer to recover unsaved changes and
 * the files the command line names follow.
 */
final class WindowOpening {
    private final Stage stage;
    private final Map<String, String> options;
    private final AppearanceModel appearance;
    private final Preferences preferences;
    private final Supplier<Scenario> scenario;
    private final Runnable fontsLoaded;
    private final Consumer<Throwable> failed;
    private StartupScreen screen;
    private Scene scene;
    private ModelRuntime runtime;
    private SessionModel model;
    private SessionFileModel files;
    private SessionActions sessions;
    private BuiltWindow built;

    /**
     * @param scenario the scenario to open; may wait for it to be read
     * @param fontsLoaded returns once the formula's fonts are loaded
     * @param failed told, on the FX thread, if the window could not be built; it has then said why on stderr and
     *               the window has closed
     */
    WindowOpening(Stage stage, Map<String, String> options, AppearanceModel appearance, Preferences preferences,
                  Supplier<Scenario> scenario, Runnable fontsLoaded, Consumer<Throwable> failed) {
        this.stage = stage;
        this.options = options;
        this.appearance = appearance;
        this.preferences = preferences;
        this.scenario = scenario;
        this.fontsLoaded = fontsLoaded;
        this.failed = failed;
    }

    /** Shows the window with the start-up screen and begins building; call on the FX thread, once. */
    void show() {
        screen = new StartupScreen(Palette.of(appearance.themeProperty().get()), appearance.textScaleProperty().get());
        screen.show("Computing the first episode…", 0.05);
        scene = new Scene(screen);
        stage.setTitle(SessionFileModel.APP_TITLE);
        stage.setScene(scene);
        stage.show();
        FrameSteps.run(scene, List.of(this::model, this::views, this::styled, this::opened), this::fail);
    }

    private void model() {
        runtime = FxRuntime.create();
        model = new SessionModel(scenario.get(), runtime);
        Thread.setDefaultUncaughtExceptionHandler((thread, problem) -> {
            System.err.println("agentic-rl: unexpected " + problem.getClass().getSimpleName()
                    + (problem.getMessage() == null ? "" : ": " + problem.getMessage()));
            if (Platform.isFxApplicationThread()) {
                model.report(StatusMessage.error("Something went wrong (" + problem.getClass().getSimpleName()
                        + "); the last action was not completed."));
            }
        });
        Stylesheets.useTheme(appearance.themeProperty().get());
        screen.show("Building the views…", 0.25);
    }

    private void views() {
        fontsLoaded.run();
        RecentFiles recent = new RecentFiles(preferences);
        files = new SessionFileModel(model, appearance, runtime.background(), runtime.recovery(),
                new RecoveryCopies(RecoveryCopies.defaultFolder()), recent::remember);
        sessions = new SessionActions(files, model.runs(), FileDialogs.system(() -> stage), stage);
        built = AgenticRlApp.buildWindow(stage, model, recent, appearance, runtime.background(), files, sessions,
                Screens.system());
        screen.show("Styling the window…", 0.7);
    }

    private void styled() {
        AgenticRlApp.install(scene, stage, built, model, appearance);
        StartupMarks.markEpisodeTab(scene);
    }

    private void opened() {
        AppIcon.setOn(stage);
        sessions.offerRecovery();
        if (options.containsKey("session")) {
            files.open(Path.of(options.get("session")));
        }
        if (options.containsKey("open")) {
            files.open(Path.of(options.get("open")));
        }
        if (options.containsKey("run")) {
            model.runs().open(Path.of(options.get("run")));
        }
    }

    private void fail(Throwable problem) {
        System.err.println("agentic-rl: cannot open the window (" + problem.getClass().getSimpleName()
                + (problem.getMessage() == null ? "" : ": " + problem.getMessage()) + ")");
        failed.accept(problem);
        Platform.exit();
    }
}

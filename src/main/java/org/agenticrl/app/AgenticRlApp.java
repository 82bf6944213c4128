package org.agenticrl.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.fx.FxRuntime;
import org.agenticrl.app.fx.RememberedAppearance;
import org.agenticrl.app.lesson.LessonModel;
import org.agenticrl.app.presenter.PresenterModel;
import org.agenticrl.app.presenter.PresenterTimer;
import org.agenticrl.app.presenter.ScreenChoice;
import org.agenticrl.app.presenter.Screens;
import org.agenticrl.app.scenario.RecentFiles;
import org.agenticrl.app.session.SessionFileModel;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.AppIcon;
import org.agenticrl.app.shell.EscapeOrder;
import org.agenticrl.app.shell.ExportActions;
import org.agenticrl.app.shell.KeyboardShortcuts;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.shell.SessionActions;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Stylesheets;
import org.agenticrl.app.theme.Theme;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioException;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.session.SessionDocument;
import org.agenticrl.engine.session.SessionException;

/** The desktop app: one window over one {@link SessionModel}. Start it through {@code org.agenticrl.Launcher}. */
public final class AgenticRlApp extends Application {
    /** The text scales the window accepts at start-up ({@code --text-scale}). */
    public static final double MIN_TEXT_SCALE = AppearanceModel.MIN_SCALE;
    public static final double MAX_TEXT_SCALE = AppearanceModel.MAX_SCALE;
    private static final double MAX_WIDTH = 1920;
    private static final double MAX_HEIGHT = 1080;
    /** Set when the window could not be built after it was shown; the window has closed and said why on stderr. */
    private static volatile boolean startFailed;

    /**
     * Opens the window and returns when it closes: 0, or 1 with one line on stderr if it cannot open. The work that
     * needs no FX thread begins first, on a worker thread, and runs while JavaFX starts.
     *
     * @param parameters named parameters such as {@code --theme=dark}
     */
    public static int open(String... parameters) {
        StartupHeadStart.begin();
        int code = WindowLauncher.launch(AgenticRlApp.class, parameters);
        return startFailed ? 1 : code;
    }

    /**
     * Reads and checks a session file as the window would open it (for {@code app --session} and {@code session}).
     *
     * @throws SessionException with the file, the field and the reason
     */
    public static SessionDocument readSession(Path file) throws SessionException {
        return SessionFileModel.read(file);
    }

    /**
     * Holds the look the command line asks for ({@code --theme}, {@code --text-scale}, already checked) for the whole
     * run: it says how this hall looks, so a session or a built-in lesson opened later keeps it.
     */
    public static void holdCommandLineAppearance(Map<String, String> options, AppearanceModel appearance) {
        if (options.containsKey("theme")) {
            appearance.holdTheme("dark".equals(options.get("theme")) ? Theme.DARK : Theme.LIGHT);
        }
        if (options.containsKey("text-scale")) {
            appearance.holdTextScale(Double.parseDouble(options.get("text-scale")));
        }
    }

    @Override
    public void start(Stage stage) throws ScenarioException {
        Map<String, String> options = getParameters().getNamed();
        StartupHeadStart headStart = StartupHeadStart.begin();
        Scenario chosen = options.containsKey("scenario") ? ScenarioLoader.resolve(options.get("scenario")) : null;
        Preferences preferences = Preferences.userNodeForPackage(AgenticRlApp.class);
        AppearanceModel appearance = new RememberedAppearance(preferences).load(forThisRun ->
                holdCommandLineAppearance(options, forThisRun));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(Math.min(MAX_WIDTH, screen.getWidth()));
        stage.setHeight(Math.min(MAX_HEIGHT, screen.getHeight()));
        new WindowOpening(stage, options, appearance, preferences, () -> chosen != null ? chosen : headStart.seed(),
                headStart::awaitFonts, problem -> startFailed = true).show();
    }

    /**
     * Builds the window's scene: the views, the theme, the keyboard, the title with the session's file and its
     * unsaved-changes mark, and the question before closing with unsaved changes. Also used by UI tests.
     *
     * @param screens where the presenter view and the room's window can go
     */
    public static Scene createScene(Stage stage, SessionModel model, AppearanceModel appearance, RecentFiles recent,
                                    BackgroundWork background, SessionFileModel files, SessionActions sessions,
                                    Screens screens) {
        Scene scene = new Scene(new Pane(), 1280, 720);
        install(scene, stage, buildWindow(stage, model, recent, appearance, background, files, sessions, screens),
                model, appearance);
        AppIcon.setOn(stage);
        return scene;
    }

    /** The window's content, built and tied to the stage but not yet in a scene, and its lesson. */
    record BuiltWindow(MainWindow window, LessonModel lesson) {
    }

    /** Builds the views; binds the stage's title to the session and asks before closing with unsaved changes. */
    static BuiltWindow buildWindow(Stage stage, SessionModel model, RecentFiles recent, AppearanceModel appearance,
                                   BackgroundWork background, SessionFileModel files, SessionActions sessions,
                                   Screens screens) {
        ExportActions export = new ExportActions(model, background, sessions.dialogs(), appearance, () -> stage);
        LessonModel lesson = new LessonModel(files, background, model::report);
        PresenterModel presenter = new PresenterModel(lesson, new PresenterTimer(() -> System.nanoTime() / 1_000_000,
                FxRuntime.clock()), new ScreenChoice(screens.bounds()));
        LessonPageExport page = new LessonPageExport(files, sessions.dialogs(), background, model::report);
        MainWindow window = new MainWindow(model, appearance, recent, export, sessions, files::open, lesson, presenter,
                page::ask);
        files.attach(window);
        stage.titleProperty().bind(files.titleProperty());
        stage.setOnCloseRequest(event -> {
            if (!sessions.mayClose()) {
                event.consume();
            }
        });
        return new BuiltWindow(window, lesson);
    }

    /** Puts the built window into the scene, styled (the theme's stylesheets applied now) and with its keyboard. */
    static void install(Scene scene, Stage stage, BuiltWindow built, SessionModel model, AppearanceModel appearance) {
        scene.setRoot(built.window());
        Stylesheets.bind(scene, appearance);
        KeyboardShortcuts.install(scene, model.playback(), model.training(), built.window()::trainingShown, appearance,
                built.window().cheatSheet(), built.lesson(), EscapeOrder.of(stage, built.window(), built.lesson()),
                built.window().enlargedChart());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
    }
}

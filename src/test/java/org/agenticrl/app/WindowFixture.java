package org.agenticrl.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.ManualClock;
import org.agenticrl.app.presenter.Screens;
import org.agenticrl.app.session.RecoveryCopies;
import org.agenticrl.app.session.SessionFileModel;
import org.agenticrl.app.shell.FileDialogs;
import org.agenticrl.app.shell.SessionActions;
import org.agenticrl.app.scenario.RecentFiles;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's window on a test stage, with a throwaway preferences node that {@link #forget()} removes (after each test
 * by itself when the test registers the fixture with {@code @RegisterExtension}), no recovery
 * copies unless a test gives a folder, and file dialogs that answer with {@link #nextFile} (the system's cannot be
 * driven headless).
 */
final class WindowFixture implements AfterEachCallback {
    private final Preferences preferences = Preferences.userRoot().node("agentic-rl-test-" + UUID.randomUUID());
    final RecentFiles recent = new RecentFiles(preferences);
    /** The screens the window may use; null: the system's (headless has one). */
    Screens screens;
    /** What the next file dialog answers; null: the user cancels. */
    Path nextFile;
    /** How many times an export asked where to save. */
    int exportsAsked;
    SessionFileModel files;
    /** The window's File actions and their questions (save before closing, restore the recovery copy). */
    SessionActions sessions;
    private Stage stage;
    private AppearanceModel appearance;

    private final FileDialogs dialogs = new FileDialogs() {
        @Override
        public Optional<Path> chooseToOpen() {
            return Optional.ofNullable(nextFile);
        }

        @Override
        public Optional<Path> chooseToSave() {
            return Optional.ofNullable(nextFile);
        }

        @Override
        public Optional<Path> chooseRun(boolean folder) {
            return Optional.ofNullable(nextFile);
        }

        @Override
        public Optional<Path> chooseExport(String title, String fileName, String kind, String pattern) {
            exportsAsked++;
            return Optional.ofNullable(nextFile);
        }
    };

    /** The file dialogs the window asks, which answer with {@link #nextFile}. */
    FileDialogs dialogs() {
        return dialogs;
    }

    /**
     * Builds the window's scene for the model on the stage and shows it, alone: a window an earlier test left open
     * (a dialog, a presenter window) would lie over it and take its clicks and keys.
     */
    MainWindow show(Stage stage, SessionModel model, AppearanceModel appearance, BackgroundWork background) {
        return show(stage, model, appearance, background, new ManualClock(), RecoveryCopies.none());
    }

    /** As {@link #show(Stage, SessionModel, AppearanceModel, BackgroundWork)}, with a recovery clock and folder. */
    MainWindow show(Stage stage, SessionModel model, AppearanceModel appearance, BackgroundWork background,
                    ManualClock recoveryClock, RecoveryCopies recovery) {
        List.copyOf(Window.getWindows()).stream().filter(window -> window != stage).forEach(Window::hide);
        this.stage = stage;
        this.appearance = appearance;
        files = new SessionFileModel(model, appearance, background, recoveryClock, recovery, recent::remember);
        sessions = new SessionActions(files, model.runs(), dialogs, stage);
        Scene scene = AgenticRlApp.createScene(stage, model, appearance, recent, background, files, sessions,
                screens == null ? Screens.system() : screens);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        return (MainWindow) scene.getRoot();
    }

    /**
     * Gives the keyboard back to the shown window. Under Monocle a tooltip that opens where the mouse rests takes the
     * keys (a desktop's tooltips never do), so one typed a second later goes nowhere; a hidden tooltip opens again only
     * when the mouse moves.
     */
    void keysToTheWindow(FxRobot robot) {
        robot.interact(() -> {
            List.copyOf(Window.getWindows()).stream().filter(Tooltip.class::isInstance).forEach(Window::hide);
            stage.requestFocus();
        });
    }

    /** Opens a real run of the test resources (e.g. "inspect/calc.eval") at its first step's first sample. */
    static void openRunAtItsFirstSample(SessionModel model, String run) {
        model.runs().open(Path.of("src/test/resources/runs").resolve(run));
        model.runs().openStep(model.runs().overviewProperty().get().steps().get(0).step());
        model.runs().openSample(model.runs().step().rowsProperty().get().get(0));
    }

    /**
     * Puts the shown window at the screen's top-left corner at that size and text scale, as on a projector
     * (1280×720 at 1.6) or a large screen (1920×1080 at 2.0), and waits until it is laid out so.
     */
    void at(FxRobot robot, int width, int height, double scale) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            appearance.textScaleProperty().set(scale);
        });
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().getWidth() == width);
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not take the width " + width, e);
        }
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
    }

    /** The dialog showing now (a question's window), if any: its pane. Call it on the FX thread. */
    static Optional<DialogPane> shownDialog() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .map(scene -> scene.getRoot().lookup(".dialog-pane")).filter(DialogPane.class::isInstance)
                .map(DialogPane.class::cast).findFirst();
    }

    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    @Override
    public void afterEach(ExtensionContext context) throws BackingStoreException {
        forget();
    }
}

package org.agenticrl.app;

import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.ManualClock;
import org.agenticrl.app.common.ManualFrames;
import org.agenticrl.app.common.ModelRuntime;
import org.agenticrl.app.lesson.LessonModel;
import org.agenticrl.app.presenter.Screens;
import org.agenticrl.app.scenario.RecentFiles;
import org.agenticrl.app.session.RecoveryCopies;
import org.agenticrl.app.session.SessionFileModel;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.FileDialogs;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.shell.SessionActions;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Theme;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.session.SessionDocument;

/**
 * The app's window over its own models, presenting a lesson chapter by chapter at a given size, text scale and theme,
 * as the room would see it: clocks that tick only when told (nothing plays by itself), files read at once, nothing
 * remembered and nothing written. The lesson's frames and its web page are drawn in it. Use on the FX thread.
 */
final class LessonWindow {
    /**
     * A chapter counts as settled after at least {@value #LEAST_FRAMES} frames, once what it points at is found (if
     * anything) and the window has stayed the same for {@value #STILL_FRAMES} frames; it is given at most {@value
     * #MOST_FRAMES}.
     */
    private static final int LEAST_FRAMES = 6;
    private static final int STILL_FRAMES = 3;
    private static final int MOST_FRAMES = 240;

    /** How the window looks: its size in pixels, its text scale and theme. */
    record Look(int width, int height, double textScale, boolean dark) {
    }

    private final Stage stage;
    private final MainWindow window;
    private final SessionModel model;
    private final AppearanceModel appearance;

    private LessonWindow(Stage stage, MainWindow window, SessionModel model, AppearanceModel appearance) {
        this.stage = stage;
        this.window = window;
        this.model = model;
        this.appearance = appearance;
    }

    /**
     * Opens the window on the document and presents its lesson from the first chapter.
     *
     * @param source what the document is called in messages: a built-in lesson's id, a file
     * @throws IllegalStateException if the window refuses the document, with the reason
     */
    static LessonWindow open(Look look, SessionDocument document, String source) {
        ModelRuntime runtime = new ModelRuntime(new ManualClock(), BackgroundWork.immediate(), Runnable::run,
                new ManualFrames(), new ManualFrames(), new ManualClock(), new ManualClock());
        SessionModel model = new SessionModel(ScenarioLoader.seed(), runtime);
        AppearanceModel appearance = new AppearanceModel();
        appearance.themeProperty().set(look.dark() ? Theme.DARK : Theme.LIGHT);
        appearance.textScaleProperty().set(look.textScale());
        SessionFileModel files = new SessionFileModel(model, appearance, runtime.background(), runtime.recovery(),
                RecoveryCopies.none(), path -> { });
        Stage stage = new Stage();
        Scene scene = AgenticRlApp.createScene(stage, model, appearance, RecentFiles.keptNowhere(),
                runtime.background(), files, new SessionActions(files, model.runs(), FileDialogs.system(() -> stage),
                        stage), Screens.only(new Rectangle2D(0, 0, look.width(), look.height())));
        stage.setScene(scene);
        stage.setWidth(look.width());
        stage.setHeight(look.height());
        stage.show();
        MainWindow window = (MainWindow) scene.getRoot();
        if (!files.showBuiltIn(document, source)) {
            stage.hide();
            throw new IllegalStateException("the window refused the lesson: " + model.statusProperty().get());
        }
        window.lessons().present();
        return new LessonWindow(stage, window, model, appearance);
    }

    /** How many chapters the lesson has. */
    int chapters() {
        return lessons().chapters().size();
    }

    /**
     * Shows chapter index (counting from 0) in the theme asked for, then waits until the window has been laid out and
     * has stayed the same for a few frames (the chapter's evidence scrolled into view and ringed).
     *
     * @return completes on the FX thread once the chapter has settled, or exceptionally if showing it failed
     */
    CompletableFuture<Void> show(int index, boolean dark) {
        CompletableFuture<Void> settled = new CompletableFuture<>();
        try {
            appearance.themeProperty().set(dark ? Theme.DARK : Theme.LIGHT);
            lessons().jump(index);
        } catch (RuntimeException e) {
            settled.completeExceptionally(e);
            return settled;
        }
        new AnimationTimer() {
            private int frames;
            private int still;
            private String last = "";

            @Override
            public void handle(long now) {
                boolean pointsAtNothing = lessons().focusProperty().get().isEmpty();
                String shown = window.evidenceRing().visibleEvidence() + "|" + window.evidenceRing().evidence();
                still = shown.equals(last) ? still + 1 : 0;
                last = shown;
                frames++;
                boolean found = pointsAtNothing || window.evidenceRing().evidence().isPresent();
                if (frames >= LEAST_FRAMES && found && still >= STILL_FRAMES || frames >= MOST_FRAMES) {
                    stop();
                    settled.complete(null);
                }
            }
        }.start();
        return settled;
    }

    /** Closes the window. */
    void close() {
        stage.hide();
    }

    LessonModel lessons() {
        return window.lessons();
    }

    MainWindow window() {
        return window;
    }

    SessionModel model() {
        return model;
    }

    Scene scene() {
        return stage.getScene();
    }

    Stage stage() {
        return stage;
    }
}

package org.agenticrl.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.ManualClock;
import org.agenticrl.app.common.ManualFrames;
import org.agenticrl.app.common.ModelRuntime;
import org.agenticrl.app.lesson.BuiltInLessons;
import org.agenticrl.app.lesson.ChapterCheck;
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
import org.agenticrl.engine.session.SessionException;
import org.jspecify.annotations.Nullable;

/**
 * Presents a lesson chapter by chapter in a window of a given size, text scale and theme, without a display (JavaFX's
 * headless Monocle platform, software rendering), and says for each chapter what the room would see: its
 * {@link ChapterCheck}, and, when asked, a picture of it as {@code NN.png}. The window is the app's own, with clocks
 * that tick only when told (nothing plays by itself) and files read at once; it remembers nothing and writes nothing
 * but the pictures. For {@code lesson --frames}, and for the tests of every built-in chapter.
 */
public final class LessonFrames {
    /** How long one chapter may take to settle before the run gives up. */
    private static final long CHAPTER_TIMEOUT_SECONDS = 60;
    /**
     * A chapter counts as settled after at least {@value #LEAST_FRAMES} frames, once what it points at is found (if
     * anything) and the window has stayed the same for {@value #STILL_FRAMES} frames; it is given at most {@value
     * #MOST_FRAMES}.
     */
    private static final int LEAST_FRAMES = 6;
    private static final int STILL_FRAMES = 3;
    private static final int MOST_FRAMES = 240;

    /**
     * What to present and how.
     *
     * @param source a built-in lesson's id or a session file with a lesson
     * @param frames where to write NN.png per chapter; none: no frames
     * @param dark the dark theme rather than the light one
     */
    public record Request(String source, @Nullable Path frames, int width, int height, double textScale, boolean dark) {
    }

    private LessonFrames() {
    }

    /** The built-in lessons' ids, in the order of the Lessons menu. */
    public static List<String> builtInIds() {
        return BuiltInLessons.ALL.stream().map(BuiltInLessons.Entry::id).toList();
    }

    /** The built-in lessons' titles, in the order of {@link #builtInIds()}. */
    public static List<String> builtInTitles() {
        return BuiltInLessons.ALL.stream().map(BuiltInLessons.Entry::title).toList();
    }

    /**
     * Presents every chapter and checks it; starts JavaFX's headless platform first unless JavaFX is already running.
     * Call from any thread but the FX thread.
     *
     * @throws SessionException the source is no lesson: an unknown id, a file that cannot be read or has no lesson
     * @throws IOException a picture could not be written
     */
    public static List<ChapterCheck> present(Request request) throws SessionException, IOException {
        SessionDocument document = read(request.source());
        if (request.frames() != null) {
            Files.createDirectories(request.frames());
        }
        HeadlessPlatform.start(request.width(), request.height());
        Window window = onFx(() -> Window.open(request, document));
        try {
            List<ChapterCheck> checks = new ArrayList<>();
            int chapters = onFx(() -> window.lesson.chapters().size());
            for (int i = 0; i < chapters; i++) {
                int index = i;
                settle(() -> window.lesson.jump(index), window);
                checks.add(onFx(() -> window.window.checkChapter(index)));
                if (request.frames() != null) {
                    WritableImage picture = onFx(() -> window.scene().snapshot(null));
                    ImageIO.write(SwingFXUtils.fromFXImage(picture, null), "png",
                            request.frames().resolve(String.format(Locale.ROOT, "%02d.png", index + 1)).toFile());
                }
            }
            return checks;
        } finally {
            onFx(() -> {
                window.stage.hide();
                return null;
            });
        }
    }

    private static SessionDocument read(String source) throws SessionException {
        if (builtInIds().contains(source)) {
            return BuiltInLessons.load(source);
        }
        Path file = Path.of(source);
        if (!Files.isRegularFile(file)) {
            throw new SessionException(source, "", "is neither a built-in lesson (" + String.join(", ", builtInIds())
                    + ") nor a session file");
        }
        SessionDocument document = SessionFileModel.read(file);
        if (document.lesson().isEmpty()) {
            throw new SessionException(source, "lesson", "the session has no lesson to present");
        }
        return document;
    }

    /** The app's window over its own models, presenting the lesson. */
    private record Window(Stage stage, MainWindow window, LessonModel lesson) {
        static Window open(Request request, SessionDocument document) {
            ModelRuntime runtime = new ModelRuntime(new ManualClock(), BackgroundWork.immediate(), Runnable::run,
                    new ManualFrames(), new ManualFrames(), new ManualClock(), new ManualClock());
            SessionModel model = new SessionModel(ScenarioLoader.seed(), runtime);
            AppearanceModel appearance = new AppearanceModel();
            appearance.themeProperty().set(request.dark() ? Theme.DARK : Theme.LIGHT);
            appearance.textScaleProperty().set(request.textScale());
            SessionFileModel files = new SessionFileModel(model, appearance, runtime.background(), runtime.recovery(),
                    RecoveryCopies.none(), path -> { });
            Stage stage = new Stage();
            Scene scene = AgenticRlApp.createScene(stage, model, appearance, RecentFiles.keptNowhere(),
                    runtime.background(), files, new SessionActions(files, model.runs(), FileDialogs.system(() -> stage),
                            stage), Screens.only(new Rectangle2D(0, 0, request.width(), request.height())));
            stage.setScene(scene);
            stage.setWidth(request.width());
            stage.setHeight(request.height());
            stage.show();
            MainWindow window = (MainWindow) scene.getRoot();
            if (!files.showBuiltIn(document, request.source())) {
                throw new IllegalStateException("the window refused the lesson: " + model.statusProperty().get());
            }
            window.lessons().present();
            return new Window(stage, window, window.lessons());
        }

        Scene scene() {
            return stage.getScene();
        }
    }

    /**
     * Runs change on the FX thread, then waits until the window has been laid out and has stayed the same for a few
     * frames (the chapter's evidence scrolled into view and ringed).
     */
    private static void settle(Runnable change, Window window) throws IOException {
        CompletableFuture<Void> settled = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                change.run();
            } catch (RuntimeException e) {
                settled.completeExceptionally(e);
                return;
            }
            new AnimationTimer() {
                private int frames;
                private int still;
                private String last = "";

                @Override
                public void handle(long now) {
                    boolean pointsAtNothing = window.lesson.focusProperty().get().isEmpty();
                    String shown = window.window.evidenceRing().visibleEvidence() + "|" + window.window
                            .evidenceRing().evidence();
                    still = shown.equals(last) ? still + 1 : 0;
                    last = shown;
                    frames++;
                    boolean found = pointsAtNothing || window.window.evidenceRing().evidence().isPresent();
                    if (frames >= LEAST_FRAMES && found && still >= STILL_FRAMES || frames >= MOST_FRAMES) {
                        stop();
                        settled.complete(null);
                    }
                }
            }.start();
        });
        wait(settled);
    }

    private static <T> T onFx(Callable<T> work) throws IOException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return wait(result);
    }

    private static <T> T wait(CompletableFuture<T> future) throws IOException {
        try {
            return future.get(CHAPTER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (TimeoutException e) {
            throw new IOException("the window did not settle within " + CHAPTER_TIMEOUT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** JavaFX without a display: the Monocle platform's headless screen, software rendering. */
    static final class HeadlessPlatform {
        private static final AtomicReference<Boolean> STARTED = new AtomicReference<>(false);

        private HeadlessPlatform() {
        }

        /** Starts it with a screen at least width × height, unless JavaFX already runs (the tests' Monocle, say). */
        static void start(int width, int height) {
            if (STARTED.getAndSet(true) || toolkitRunning()) {
                return;
            }
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
            System.setProperty("headless.geometry", String.format(Locale.ROOT, "%dx%d-32", Math.max(width, 1920),
                    Math.max(height, 1200)));
            WindowLauncher.quietUnsupportedConfiguration();
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            Platform.setImplicitExit(false);
            started.join();
        }

        private static boolean toolkitRunning() {
            try {
                Platform.runLater(() -> { });
                return true;
            } catch (IllegalStateException notStarted) {
                return false;
            }
        }
    }
}

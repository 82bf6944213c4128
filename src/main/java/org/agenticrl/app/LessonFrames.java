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
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.agenticrl.app.lesson.BuiltInLessons;
import org.agenticrl.app.lesson.ChapterCheck;
import org.agenticrl.app.session.SessionFileModel;
import org.agenticrl.app.web.LessonPage;
import org.agenticrl.app.web.LessonPageWriter;
import org.agenticrl.engine.session.SessionDocument;
import org.agenticrl.engine.session.SessionException;
import org.jspecify.annotations.Nullable;

/**
 * Presents a lesson chapter by chapter in a window of a given size, text scale and theme, without a display (JavaFX's
 * headless Monocle platform, software rendering): says for each chapter what the room would see, its
 * {@link ChapterCheck}, and when asked writes a picture of it as {@code NN.png}; or writes the whole lesson as one web
 * page. The window is the app's own ({@link LessonWindow}); it remembers nothing and writes nothing but the pictures or
 * the page. For {@code lesson --frames} and {@code lesson --html}, and for the tests of every built-in chapter.
 */
public final class LessonFrames {
    /** How long one chapter may take to settle, in one look, before the run gives up. */
    private static final long TIMEOUT_SECONDS = 60;

    /**
     * What to present and how.
     *
     * @param source a built-in lesson's id or a session file with a lesson
     * @param frames where to write NN.png per chapter; none: no frames
     * @param dark the dark theme rather than the light one
     */
    public record Request(String source, @Nullable Path frames, int width, int height, double textScale, boolean dark) {
    }

    /**
     * What to write as a web page and how to draw it.
     *
     * @param source a built-in lesson's id or a session file with a lesson
     * @param out the page's file
     * @param light whether the page carries the chapters' views in the light theme
     * @param dark whether it carries them in the dark theme (with both, the reader's system chooses)
     */
    public record PageRequest(String source, Path out, int width, int height, double textScale, boolean light,
                              boolean dark) {
        public PageRequest {
            if (!light && !dark) {
                throw new IllegalArgumentException("a page needs at least one theme");
            }
        }

        /** The themes to draw, dark or not, light first. */
        List<Boolean> looks() {
            return light && dark ? List.of(false, true) : List.of(dark);
        }
    }

    /**
     * What {@link #webPage} wrote.
     *
     * @param bytes the page's size
     * @param chapters the chapters on the page
     * @param leftOut the chapters it left out, because they could not be drawn
     */
    public record PageReport(String lesson, String out, long bytes, List<Chapter> chapters, List<LeftOut> leftOut) {
        /** @param live whether the page recomputes its numbers when the weights move */
        public record Chapter(int index, String title, boolean live) {
        }

        /** @param index the chapter's number, counting from 1 */
        public record LeftOut(int index, String title, String reason) {
        }
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
        LessonWindow window = onFx(() -> LessonWindow.open(new LessonWindow.Look(request.width(), request.height(),
                request.textScale(), request.dark()), document, request.source()));
        try {
            List<ChapterCheck> checks = new ArrayList<>();
            int chapters = onFx(window::chapters);
            for (int i = 0; i < chapters; i++) {
                int index = i;
                wait(onFx(() -> window.show(index, request.dark())));
                checks.add(onFx(() -> window.window().checkChapter(index)));
                if (request.frames() != null) {
                    WritableImage picture = onFx(() -> window.scene().snapshot(null));
                    ImageIO.write(SwingFXUtils.fromFXImage(picture, null), "png",
                            request.frames().resolve(String.format(Locale.ROOT, "%02d.png", index + 1)).toFile());
                }
            }
            return checks;
        } finally {
            onFx(() -> {
                window.close();
                return null;
            });
        }
    }

    /**
     * Writes a lesson as one web page (see {@link LessonPageWriter}): every chapter presented as {@link #present}
     * does, in the looks asked for; a chapter that cannot be drawn is left out and reported. The page replaces OUT
     * in one step, so a failure leaves no partial file. Call from any thread but the FX thread.
     *
     * @throws SessionException the source is no lesson: an unknown id, a file that cannot be read or has no lesson
     * @throws IllegalArgumentException OUT cannot be written (checked before anything is drawn), or nothing could be
     *         drawn, with the reason
     * @throws IOException the window did not settle
     */
    public static PageReport webPage(PageRequest request) throws SessionException, IOException {
        SessionDocument document = read(request.source());
        writable(request.out());
        HeadlessPlatform.start(request.width(), request.height());
        List<Boolean> looks = request.looks();
        LessonPage page;
        try {
            page = wait(onFx(() -> LessonPageDrawing.start(document, request.source(), new LessonWindow.Look(
                    request.width(), request.height(), request.textScale(), looks.get(0)), looks)),
                    TIMEOUT_SECONDS * (1 + (long) looks.size() * document.lesson().orElseThrow().chapters().size()));
        } catch (IllegalStateException nothingDrawn) {
            throw new IllegalArgumentException(request.source() + ": " + nothingDrawn.getMessage(), nothingDrawn);
        }
        long bytes;
        try {
            bytes = LessonPageWriter.write(page, request.out());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + request.out() + ": " + e.getMessage(), e);
        }
        return new PageReport(request.source(), request.out().toString(), bytes, page.chapters().stream()
                .map(chapter -> new PageReport.Chapter(chapter.number(), chapter.title(), chapter.live().isPresent()))
                .toList(), page.leftOut().stream().map(left -> new PageReport.LeftOut(left.number(), left.title(),
                left.reason())).toList());
    }

    /** Refuses an OUT that is a folder or lies in no writable folder, before anything is drawn. */
    private static void writable(Path out) {
        Path folder = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException("cannot write " + out + ": it is a folder");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("cannot write " + out + ": there is no folder " + folder);
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException("cannot write " + out + ": the folder " + folder + " is not writable");
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
        return wait(future, TIMEOUT_SECONDS);
    }

    private static <T> T wait(CompletableFuture<T> future, long seconds) throws IOException {
        try {
            return future.get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (TimeoutException e) {
            throw new IOException("the window did not settle within " + seconds + " s", e);
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

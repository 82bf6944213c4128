package org.agenticrl.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.agenticrl.app.lesson.CaptionSpans;
import org.agenticrl.app.shell.BuildInfo;
import org.agenticrl.app.web.ChapterCapture;
import org.agenticrl.app.web.LessonPage;
import org.agenticrl.app.web.LiveChapter;
import org.agenticrl.app.web.LiveNumbers;
import org.agenticrl.engine.session.Lesson;
import org.agenticrl.engine.session.SessionDocument;

/**
 * Draws a lesson as a {@link LessonPage}: presents every chapter in a {@link LessonWindow} (the renderer of the
 * lesson's frames), once per look the page carries (all chapters in one theme, then all in the next), and takes its
 * view ({@link ChapterCapture}) and, the first time, its live numbers ({@link LiveNumbers}). A chapter that cannot be
 * drawn (showing it fails, or the window has no tab for it) is left out with the reason, and the rest are drawn.
 * Pictures become PNGs on a worker thread of its own, while the window goes on. Use on the FX thread.
 */
final class LessonPageDrawing {
    private final LessonWindow window;
    private final Lesson lesson;
    private final ExecutorService encoder = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "agentic-rl-lesson-page");
        thread.setDaemon(true);
        return thread;
    });
    /** Per chapter index still drawn: its views (encoding) in look order, and its live numbers. */
    private final Map<Integer, List<CompletableFuture<LessonPage.View>>> views = new TreeMap<>();
    private final Map<Integer, Optional<LiveChapter>> live = new TreeMap<>();
    private final List<LessonPage.LeftOut> leftOut = new ArrayList<>();

    private LessonPageDrawing(LessonWindow window, Lesson lesson) {
        this.window = window;
        this.lesson = lesson;
    }

    /**
     * Starts drawing the document's lesson; call on the FX thread, which it then uses a frame at a time.
     *
     * @param source what the document is called in messages
     * @param looks the themes to draw each chapter in, dark or not, in the page's order (light first)
     * @return completes, on some thread, with the page; exceptionally when the window refuses the document or no
     *         chapter could be drawn
     */
    static CompletableFuture<LessonPage> start(SessionDocument document, String source, LessonWindow.Look look,
                                               List<Boolean> looks) {
        Lesson lesson = document.lesson().orElseThrow(() -> new IllegalArgumentException(source
                + ": the session has no lesson"));
        LessonPageDrawing drawing = new LessonPageDrawing(LessonWindow.open(look, document, source), lesson);
        for (int i = 0; i < lesson.chapters().size(); i++) {
            drawing.views.put(i, new ArrayList<>());
        }
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (boolean dark : looks) {
            for (int i = 0; i < lesson.chapters().size(); i++) {
                int index = i;
                chain = chain.thenCompose(done -> drawing.draw(index, dark));
            }
        }
        return chain.whenComplete((done, problem) -> drawing.window.close())
                .thenCompose(done -> CompletableFuture.allOf(drawing.views.values().stream().flatMap(List::stream)
                        .toArray(CompletableFuture[]::new)))
                .thenApply(done -> drawing.page())
                .whenComplete((page, problem) -> drawing.encoder.shutdown());
    }

    /** Chapter index in one look, unless it was left out already; a failure leaves it out. */
    private CompletableFuture<Void> draw(int index, boolean dark) {
        if (!views.containsKey(index)) {
            return CompletableFuture.completedFuture(null);
        }
        Lesson.Chapter chapter = lesson.chapters().get(index);
        return window.show(index, dark).thenRun(() -> {
            requireTab(chapter);
            ChapterCapture.Taken taken = ChapterCapture.of(window.window().currentView(),
                    window.window().evidenceRing().visibleEvidence(), dark, "c" + (index + 1) + (dark ? "d" : "l"));
            live.computeIfAbsent(index, first -> LiveNumbers.of(window.model(), window.window().tab(),
                    window.window().shownView()));
            views.get(index).add(CompletableFuture.supplyAsync(taken::view, encoder));
        }).exceptionally(problem -> {
            views.remove(index);
            live.remove(index);
            leftOut.add(new LessonPage.LeftOut(index + 1, chapter.title(), reason(problem)));
            return null;
        });
    }

    /** Refuses a chapter whose tab the window does not have (it would show another tab instead). */
    private void requireTab(Lesson.Chapter chapter) {
        if (!window.window().tab().equals(chapter.view().tab())) {
            throw new IllegalStateException("it shows the " + chapter.view().tab() + " tab, which this session does "
                    + "not have");
        }
    }

    private LessonPage page() {
        if (views.isEmpty()) {
            throw new IllegalStateException("no chapter could be drawn: " + String.join("; ", leftOut.stream()
                    .map(left -> left.number() + ". " + left.title() + ": " + left.reason()).toList()));
        }
        List<LessonPage.Chapter> chapters = views.entrySet().stream().map(drawn -> {
            Lesson.Chapter chapter = lesson.chapters().get(drawn.getKey());
            return new LessonPage.Chapter(drawn.getKey() + 1, chapter.title(), CaptionSpans.of(chapter.caption()),
                    drawn.getValue().stream().map(CompletableFuture::join).toList(), live.get(drawn.getKey()));
        }).toList();
        return new LessonPage(BuildInfo.load().version(), lesson.title(), chapters, leftOut.stream()
                .sorted(Comparator.comparingInt(LessonPage.LeftOut::number)).toList());
    }

    /** What went wrong, in words: the message of the problem (or of what it wraps), else its kind. */
    static String reason(Throwable problem) {
        Throwable cause = problem instanceof CompletionException && problem.getCause() != null ? problem.getCause()
                : problem;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}

package org.agenticrl.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.session.SessionFileModel;
import org.agenticrl.app.shell.FileDialogs;
import org.agenticrl.app.web.LessonPage;
import org.agenticrl.app.web.LessonPageWriter;
import org.agenticrl.engine.session.Lesson;
import org.agenticrl.engine.session.SessionDocument;

/**
 * File ▸ Export lesson as web page…: asks where, then draws the session's lesson in a window of its own (the renderer
 * of {@code lesson --frames}, at 1280 × 720 with normal text, in both themes; the window shows while it works) and
 * writes the page in one step, so a failure leaves no partial file. The session on screen is not touched. What
 * happened, and the chapters left out, are reported in the status line. Use on the FX thread; the FX thread is never
 * blocked.
 */
final class LessonPageExport {
    /** The look students get: a laptop's window, normal text. */
    static final LessonWindow.Look LOOK = new LessonWindow.Look(1280, 720, 1.0, false);
    private static final List<Boolean> BOTH_THEMES = List.of(false, true);

    private final SessionFileModel files;
    private final FileDialogs dialogs;
    private final BackgroundWork background;
    private final Consumer<StatusMessage> report;
    private boolean exporting;

    LessonPageExport(SessionFileModel files, FileDialogs dialogs, BackgroundWork background,
                     Consumer<StatusMessage> report) {
        this.files = files;
        this.dialogs = dialogs;
        this.background = background;
        this.report = report;
    }

    /** Asks where to write the page, then writes it; says why not when the session has no lesson. */
    void ask() {
        Lesson lesson = files.lessonProperty().get();
        if (lesson == null) {
            report.accept(StatusMessage.error("This session has no lesson to export: add a chapter with Lessons "
                    + "\u25b8 Add this view as a chapter, or open a built-in lesson"));
            return;
        }
        if (exporting) {
            report.accept(StatusMessage.error("The lesson is being exported already; wait for it to finish"));
            return;
        }
        dialogs.chooseExport("Export lesson as web page", fileName(lesson.title()), "Web page", "*.html")
                .ifPresent(this::export);
    }

    private void export(Path target) {
        SessionDocument document = files.document();
        int chapters = document.lesson().orElseThrow().chapters().size();
        exporting = true;
        report.accept(StatusMessage.info("Drawing the lesson's " + chapters + " chapters for the web page\u2026"));
        try {
            LessonPageDrawing.start(document, "this session", LOOK, BOTH_THEMES).whenComplete((page, problem) ->
                    Platform.runLater(() -> drawn(page, problem, target)));
        } catch (RuntimeException problem) {
            drawn(null, problem, target);
        }
    }

    private void drawn(LessonPage page, Throwable problem, Path target) {
        if (problem != null) {
            exporting = false;
            report.accept(StatusMessage.error("Could not export the lesson: " + LessonPageDrawing.reason(problem)
                    + "; nothing was written"));
            return;
        }
        background.run(() -> LessonPageWriter.write(page, target), size -> {
            exporting = false;
            report.accept(StatusMessage.info("Saved the lesson as a web page: " + target + " ("
                    + page.chapters().size() + " chapters, " + Format.grouped(size / 1024.0) + " kB)" + leftOut(page)));
        }, failure -> {
            exporting = false;
            report.accept(StatusMessage.error("Could not save " + target + ": " + LessonPageDrawing.reason(failure)
                    + "; nothing was written"));
        });
    }

    private static String leftOut(LessonPage page) {
        return page.leftOut().isEmpty() ? "" : "; left out, because they could not be drawn: " + String.join("; ",
                page.leftOut().stream().map(left -> left.number() + ". " + left.title() + " (" + left.reason() + ")")
                        .toList());
    }

    /** The lesson's title as a file name: letters, digits and dashes. */
    static String fileName(String title) {
        String name = title.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+)|(-+$)", "");
        return (name.isEmpty() ? "lesson" : name) + ".html";
    }
}

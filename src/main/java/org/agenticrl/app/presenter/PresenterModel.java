package org.agenticrl.app.presenter;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import org.agenticrl.app.lesson.CaptionSpans;
import org.agenticrl.app.lesson.LessonModel;
import org.agenticrl.engine.session.Lesson;

/**
 * The presenter view, for a lecture with a second screen: the room sees the lesson in the main window, full screen
 * on its screen, and the lecturer's screen shows this view of it: the chapter's number, title and caption, its
 * speaker notes, the next chapter's title and caption, the lecture's timer, and back, next and present. The timer
 * starts when the lesson is first presented (or after a reset). With one screen the view cannot open. When a chosen
 * screen is disconnected it closes. Use on the model's thread.
 */
public final class PresenterModel {
    /** Why the view cannot open with one screen. */
    public static final String NEEDS_TWO_SCREENS = "Needs a second screen (a projector or a monitor): the room then "
            + "sees the lesson full screen there, and this screen shows your notes, the next chapter and a timer";
    static final String NO_NOTES = "No notes for this chapter.";
    static final String LAST_CHAPTER = "This is the last chapter.";

    private final LessonModel lesson;
    private final PresenterTimer timer;
    private final ScreenChoice screens;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open", false);
    private final StringBinding progress;
    private final StringBinding title;
    private final StringBinding caption;
    private final StringBinding notes;
    private final StringBinding nextTitle;
    private final StringBinding nextCaption;
    private final BooleanBinding hasNext;
    private final BooleanBinding hasPrevious;

    public PresenterModel(LessonModel lesson, PresenterTimer timer, ScreenChoice screens) {
        this.lesson = lesson;
        this.timer = timer;
        this.screens = screens;
        progress = Bindings.createStringBinding(() -> lesson.chapters().isEmpty() ? ""
                : "Chapter " + (lesson.currentProperty().get() + 1) + " of " + lesson.chapters().size(),
                lesson.chapters(), lesson.currentProperty());
        title = chapterText(0, Lesson.Chapter::title, "");
        caption = chapterText(0, chapter -> plain(chapter.caption()), "");
        notes = chapterText(0, chapter -> chapter.notes().isBlank() ? NO_NOTES : chapter.notes(), NO_NOTES);
        nextTitle = chapterText(1, Lesson.Chapter::title, LAST_CHAPTER);
        nextCaption = chapterText(1, chapter -> plain(chapter.caption()), "");
        hasNext = Bindings.createBooleanBinding(() -> lesson.currentProperty().get() + 1 < lesson.chapters().size(),
                lesson.currentProperty(), lesson.chapters());
        hasPrevious = lesson.currentProperty().greaterThan(0);
        lesson.presentingProperty().addListener((o, was, presenting) -> {
            if (presenting && timer.untouched()) {
                timer.start();
            }
        });
        open.addListener((o, was, now) -> timer.shown(now));
        screens.screens().addListener((ListChangeListener<Rectangle2D>) change -> {
            if (open.get() && !screens.stillConnected()) {
                close();
            }
        });
    }

    /** A text of the chapter offset chapters after the current one, or the fallback where there is none. */
    private StringBinding chapterText(int offset, Function<Lesson.Chapter, String> text, String none) {
        return Bindings.createStringBinding(() -> chapter(offset).map(text).orElse(none), lesson.chapters(),
                lesson.currentProperty());
    }

    private Optional<Lesson.Chapter> chapter(int offset) {
        int index = lesson.currentProperty().get() + offset;
        return index < lesson.chapters().size() ? Optional.of(lesson.chapters().get(index)) : Optional.empty();
    }

    /** The caption as the room reads it: its emphasis marks dropped. */
    private static String plain(String caption) {
        return CaptionSpans.of(caption).stream().map(CaptionSpans.Span::text).collect(Collectors.joining());
    }

    // Commands

    /**
     * Opens the view: the screen holding most of the window becomes the lecturer's, another the room's, and the
     * lesson is presented.
     *
     * @param window the main window's bounds now
     * @return false (and nothing changes) with one screen, or a lesson without chapters
     */
    public boolean open(Rectangle2D window) {
        if (lesson.chapters().isEmpty() || !screens.choose(window)) {
            return false;
        }
        open.set(true);
        present();
        return true;
    }

    public void close() {
        open.set(false);
    }

    /** The room's screen becomes the lecturer's, and the other way round. */
    public void swapScreens() {
        screens.swap();
    }

    public void next() {
        lesson.next();
    }

    public void previous() {
        lesson.previous();
    }

    /** Presents the lesson in the room's window again (after the lecturer left it there). */
    public void present() {
        if (!lesson.presentingProperty().get()) {
            lesson.present();
        }
    }

    // State

    /** Whether the presenter view is open. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Whether it can open: there is a second screen. */
    public BooleanBinding availableProperty() {
        return screens.twoScreensProperty();
    }

    public ScreenChoice screens() {
        return screens;
    }

    public PresenterTimer timer() {
        return timer;
    }

    /** Whether the room sees the lesson (rather than free exploration). */
    public ReadOnlyBooleanProperty presentingProperty() {
        return lesson.presentingProperty();
    }

    /** "Chapter 4 of 11". */
    public StringBinding progressProperty() {
        return progress;
    }

    public StringBinding titleProperty() {
        return title;
    }

    /** The current chapter's caption without its emphasis marks. */
    public StringBinding captionProperty() {
        return caption;
    }

    /** The current chapter's speaker notes, or {@value #NO_NOTES}. */
    public StringBinding notesProperty() {
        return notes;
    }

    /** The next chapter's title, or {@value #LAST_CHAPTER}. */
    public StringBinding nextTitleProperty() {
        return nextTitle;
    }

    /** The next chapter's caption without its emphasis marks; empty after the last chapter. */
    public StringBinding nextCaptionProperty() {
        return nextCaption;
    }

    public BooleanBinding hasNextProperty() {
        return hasNext;
    }

    public BooleanBinding hasPreviousProperty() {
        return hasPrevious;
    }
}

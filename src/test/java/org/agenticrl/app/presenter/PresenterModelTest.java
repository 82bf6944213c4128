package org.agenticrl.app.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import org.agenticrl.app.common.ManualClock;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.lesson.LessonModel;
import org.agenticrl.app.session.RecoveryCopies;
import org.agenticrl.app.session.SessionFileModel;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.session.WindowState;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.session.Lesson;
import org.junit.jupiter.api.Test;

/** The presenter view's model without a display: the chapter texts and notes, the timer on a hand-driven clock, the screens. */
class PresenterModelTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1366, 0, 1280, 720);

    private final TestRuntime runtime = new TestRuntime();
    private final SessionFileModel files;
    private final LessonModel lesson;
    private final long[] now = {1_000_000};
    private final ManualClock refresh = new ManualClock();
    private final ObservableList<Rectangle2D> screens = FXCollections.observableArrayList(LAPTOP);
    private final PresenterModel presenter;

    PresenterModelTest() {
        SessionModel model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        files = new SessionFileModel(model, new AppearanceModel(), runtime.runtime.background(), runtime.recoveryClock,
                RecoveryCopies.none(), path -> { });
        files.attach(WindowState.detached());
        lesson = new LessonModel(files, runtime.runtime.background(), message -> { });
        presenter = new PresenterModel(lesson, new PresenterTimer(() -> now[0], refresh), new ScreenChoice(screens));
        Lesson.View view = files.currentView(Set.of());
        files.lessonProperty().set(new Lesson("Lecture", List.of(
                new Lesson.Chapter("Bars", "After *I* comes *need*.", view, Optional.empty(), "Ask the room first."),
                new Lesson.Chapter("Tools", "The calculator answers.", view),
                new Lesson.Chapter("Rewards", "+0.3 for the calculator.", view, Optional.empty(),
                        "Mention reward hacking."))));
    }

    private void passes(long millis) {
        now[0] += millis;
        refresh.tick(1);
    }

    @Test
    void showsTheChapterItsNotesAndTheNextOne() {
        assertEquals("Chapter 1 of 3", presenter.progressProperty().get());
        assertEquals("Bars", presenter.titleProperty().get());
        assertEquals("After I comes need.", presenter.captionProperty().get(), "as the room reads it");
        assertEquals("Ask the room first.", presenter.notesProperty().get());
        assertEquals("Tools", presenter.nextTitleProperty().get());
        assertEquals("The calculator answers.", presenter.nextCaptionProperty().get());
        assertFalse(presenter.hasPreviousProperty().get());

        presenter.next();
        assertEquals("Chapter 2 of 3", presenter.progressProperty().get());
        assertEquals(PresenterModel.NO_NOTES, presenter.notesProperty().get());
        assertEquals("Rewards", presenter.nextTitleProperty().get());

        presenter.next();
        assertEquals("Mention reward hacking.", presenter.notesProperty().get());
        assertEquals(PresenterModel.LAST_CHAPTER, presenter.nextTitleProperty().get());
        assertEquals("", presenter.nextCaptionProperty().get());
        assertFalse(presenter.hasNextProperty().get());
        presenter.previous();
        assertEquals("Tools", presenter.titleProperty().get());
        assertTrue(presenter.hasPreviousProperty().get());
    }

    @Test
    void theTimerRunsFromTheFirstPresentingAndPausesResumesAndResets() {
        PresenterTimer timer = presenter.timer();
        passes(5_000);
        assertEquals("0:00", timer.textProperty().get(), "nothing presented yet");
        assertFalse(refresh.running());

        lesson.present();
        assertTrue(timer.runningProperty().get());
        assertFalse(refresh.running(), "no presenter view looks at it: no clock keeps the toolkit drawing");
        passes(65_400);
        timer.shown(true);
        assertEquals("1:05", timer.textProperty().get(), "brought up to date when shown");
        assertTrue(refresh.running());
        assertEquals(PresenterTimer.REFRESH_MILLIS, refresh.interval());
        passes(1_000);
        assertEquals("1:06", timer.textProperty().get());

        timer.pause();
        passes(30_000);
        assertEquals("1:06", timer.textProperty().get(), "paused: the clock stopped");
        assertFalse(refresh.running());
        timer.toggle();
        passes(10_000);
        assertEquals("1:16", timer.textProperty().get(), "resumed where it stopped, the 0.4 s kept");
        assertEquals(76_400, timer.elapsedProperty().get());

        lesson.leave();
        lesson.present();
        passes(1_000);
        assertEquals("1:17", timer.textProperty().get(), "presenting again does not restart the lecture's time");

        timer.reset();
        assertEquals("0:00", timer.textProperty().get());
        passes(2_000);
        assertEquals("0:02", timer.textProperty().get(), "a running timer keeps running from 0:00");

        timer.pause();
        timer.reset();
        lesson.leave();
        lesson.present();
        assertTrue(timer.runningProperty().get(), "after a reset, presenting starts it again");
    }

    @Test
    void opensOnlyWithASecondScreenWithTheWindowsScreenAsTheLecturers() {
        assertFalse(presenter.availableProperty().get());
        assertFalse(presenter.open(new Rectangle2D(100, 100, 800, 600)));
        screens.add(LAPTOP);
        assertFalse(presenter.availableProperty().get(), "a mirrored screen shows the room what the lecturer sees");
        screens.remove(1);
        assertFalse(presenter.openProperty().get());
        assertFalse(lesson.presentingProperty().get());

        screens.add(PROJECTOR);
        assertTrue(presenter.availableProperty().get());
        assertTrue(presenter.open(new Rectangle2D(100, 100, 800, 600)));
        assertTrue(presenter.openProperty().get());
        assertTrue(lesson.presentingProperty().get(), "opening presents the lesson");
        assertTrue(refresh.running(), "the view shows the timer, started by this first presenting");
        assertEquals(LAPTOP, presenter.screens().lecturerProperty().get());
        assertEquals(PROJECTOR, presenter.screens().roomProperty().get());

        presenter.swapScreens();
        assertEquals(PROJECTOR, presenter.screens().lecturerProperty().get());
        assertEquals(LAPTOP, presenter.screens().roomProperty().get());

        presenter.close();
        assertFalse(refresh.running(), "nobody looks at the timer");
        assertTrue(presenter.open(new Rectangle2D(1300, 50, 1000, 600)), "mostly on the projector");
        assertEquals(PROJECTOR, presenter.screens().lecturerProperty().get());

        screens.remove(PROJECTOR);
        assertFalse(presenter.openProperty().get(), "the projector unplugged closes the view");
        assertFalse(presenter.availableProperty().get());
    }
}

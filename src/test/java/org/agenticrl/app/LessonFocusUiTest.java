package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.lesson.LessonBand;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.session.Focus;
import org.agenticrl.engine.session.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lesson on a projector-sized window at text scale 1.6: a chapter is pointed at its evidence by clicking it, and
 * presenting the chapter rings that evidence; the caption band keeps to a third of the window even with the longest
 * caption a chapter may have, and folds to its title line with C.
 */
@ExtendWith(ApplicationExtension.class)
class LessonFocusUiTest {
    @RegisterExtension
    final WindowFixture fixture = new WindowFixture();
    private final AppearanceModel appearance = new AppearanceModel();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        TestRuntime runtime = new TestRuntime();
        SessionModel model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        appearance.textScaleProperty().set(1.6);
        window = fixture.show(stage, model, appearance, runtime.runtime.background());
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, read);
    }

    private Lesson.Chapter chapter(int index) {
        return window.lessons().chapters().get(index);
    }

    @Test
    void aClickAfterAddingAChapterPointsItAtTheBarAndPresentingRingsIt(FxRobot robot) {
        robot.interact(() -> window.maximise("tokens"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.lessons().addCurrentView());
        assertTrue(window.lessons().pointingProperty().get(), "Add this view waits for the evidence");
        Point2D need = onFx(() -> {
            Bounds row = window.distribution().chart().rowBounds("need").orElseThrow();
            return window.distribution().chart().viewer().getCanvas().localToScreen(row.getCenterX(),
                    row.getCenterY());
        });
        robot.moveTo(need).clickOn(need);
        assertFalse(window.lessons().pointingProperty().get());
        assertEquals(Optional.of(new Focus(Focus.Kind.TOKEN, "need")), chapter(0).focus());

        robot.interact(() -> window.lessons().present());
        WaitForAsyncUtils.waitForFxEvents();
        Bounds ringed = onFx(() -> window.evidenceRing().visibleEvidence().orElseThrow());
        Bounds bar = onFx(() -> window.evidenceRing().evidence().orElseThrow());
        assertEquals(bar, ringed, "the bar is wholly in view");
        assertTrue(onFx(() -> window.checkChapter(0)).focusVisible());
    }

    @Test
    void theEditorListsWhatTheWindowShowsAndPointsTheChapterAtTheOneChosen(FxRobot robot) {
        robot.interact(() -> {
            window.maximise("objective");
            window.lessons().addCurrentView();
            window.lessons().stopPointing();
            window.lessons().editingProperty().set(true);
        });
        ComboBox<Optional<Focus>> list = robot.lookup("#chapter-focus").queryComboBox();
        robot.interact(list::show);
        List<Optional<Focus>> offered = List.copyOf(list.getItems());
        assertEquals(Optional.empty(), offered.get(0), "nothing in particular comes first");
        assertTrue(offered.contains(Optional.of(new Focus(Focus.Kind.TERM, "kl"))), offered.toString());
        assertTrue(offered.contains(Optional.of(new Focus(Focus.Kind.ROW, "2"))), offered.toString());
        assertFalse(offered.contains(Optional.of(new Focus(Focus.Kind.TOKEN, "need"))),
                "the token chart is not on screen: " + offered);
        robot.interact(() -> {
            list.hide();
            list.setValue(Optional.of(new Focus(Focus.Kind.TERM, "kl")));
        });
        assertEquals(Optional.of(new Focus(Focus.Kind.TERM, "kl")), chapter(0).focus());
        javafx.scene.Node point = robot.lookup("#chapter-point").query();
        robot.interact(() -> Visible.scrollIntoView(point));
        robot.clickOn(point);
        assertTrue(window.lessons().pointingProperty().get(), "Click it… waits for a click in the window");
    }

    @Test
    void escapeStopsWaitingForTheEvidenceAndTheChapterPointsAtNothing(FxRobot robot) {
        robot.interact(() -> window.lessons().addCurrentView());
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.lessons().pointingProperty().get());
        assertEquals(Optional.empty(), chapter(0).focus());
    }

    @Test
    void theLongestCaptionShrinksToKeepTheBandWithinAThirdAndCFoldsIt(FxRobot robot) {
        String longest = String.join("\n", java.util.Collections.nCopies(Lesson.MAX_CAPTION_LINES,
                "Every line of this caption is long enough to wrap at least once on a projector, and twice at 1.6 "
                        + "with the text as large as the back row of a hall needs it to be."))
                .substring(0, Lesson.MAX_CAPTION - 1).strip();
        robot.interact(() -> {
            window.lessons().addCurrentView();
            window.lessons().stopPointing();
            assertEquals(Optional.empty(), window.lessons().edit(0, "Long", longest, "", Set.of()));
            window.lessons().present();
        });
        WaitForAsyncUtils.waitForFxEvents();
        LessonBand band = window.lessonBand();
        double height = onFx(() -> stage.getScene().getHeight());
        assertTrue(band.getHeight() <= height / 3 + 1, "band " + band.getHeight() + " of " + height);
        assertTrue(band.captionFontSize() < 1.3 * 14 * 1.6, "the caption shrank: " + band.captionFontSize());
        assertEquals(longest.replace("*", ""), band.captionShown());

        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.lessons().captionCollapsedProperty().get());
        assertTrue(band.getHeight() < height / 8, "folded to its title line: " + band.getHeight());
        assertTrue(onFx(() -> window.checkChapter(0)).truncated().isEmpty());
        robot.type(KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.lessons().captionCollapsedProperty().get());
    }
}

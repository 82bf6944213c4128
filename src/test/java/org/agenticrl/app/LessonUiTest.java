package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.ExportActions;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.shell.ViewFocus;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.session.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A built-in lesson walked with the keys and the chapter list; a lesson written, reordered and saved in the window. */
@ExtendWith(ApplicationExtension.class)
class LessonUiTest {
    @RegisterExtension
    final WindowFixture fixture = new WindowFixture();
    private SessionModel model;
    private MainWindow window;
    private final AppearanceModel appearance = new AppearanceModel();

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        TestRuntime runtime = new TestRuntime();
        model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        window = fixture.show(stage, model, appearance, runtime.runtime.background());
    }

    /** Whether the node is laid out and visible (looked up in the views: a maximised view takes the others off). */
    private boolean shown(FxRobot robot, String id) {
        Node node = id.startsWith("#lesson") ? robot.lookup(id).query() : window.timeline().lookup(id);
        return node.isVisible() && node.isManaged();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /**
     * Presses Apply as its keyboard does: the mouse, having just typed into the notes, may still hold their tooltip
     * over the button on a loaded machine.
     */
    private static void apply(FxRobot robot) {
        robot.interact(() -> robot.lookup("#chapter-apply").queryButton().fire());
    }

    private Lesson.Chapter chapter(int index) {
        return window.lessons().chapters().get(index);
    }

    /** Clicks a control of the editor's form, scrolled into view first (the form scrolls when it is taller). */
    private static FxRobotInterface clickInView(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        robot.interact(() -> Visible.scrollIntoView(node));
        return robot.clickOn(node);
    }

    private static void replaceText(FxRobot robot, String id, String text) {
        clickInView(robot, id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.DELETE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }

    @Test
    void aBuiltInLessonWalksForwardsAndBackwardsHidingWhatEachChapterHides(FxRobot robot) {
        robot.clickOn("#menu-lessons").clickOn("#built-in-lessons").clickOn("#lesson-seed-notebook");
        assertTrue(shown(robot, "#lesson-band"));
        int chapters = window.lessons().chapters().size();
        assertEquals("1 / " + chapters, text(robot, "#lesson-progress"));
        assertEquals(chapter(0).caption().replace("*", ""), window.lessonBand().captionShown());
        assertTrue(window.lessonBand().captionShown().contains("79.2%"));
        assertFalse(shown(robot, "#scenario"));
        assertTrue(shown(robot, "#transport"));

        robot.type(KeyCode.PAGE_DOWN);
        assertEquals("2 / " + chapters, text(robot, "#lesson-progress"));
        assertEquals("2. " + chapter(1).title(), robot.lookup("#lesson-chapters").queryAs(ComboBox.class)
                .getButtonCell().getText(), "the picker names the chapter on show");
        boolean playing = model.playback().playingProperty().get();
        robot.type(KeyCode.SPACE);
        assertEquals("3 / " + chapters, text(robot, "#lesson-progress"));
        assertEquals(playing, model.playback().playingProperty().get(), "Space advances instead of playing");
        assertEquals(chapter(2).caption().replace("*", ""), window.lessonBand().captionShown());
        robot.type(KeyCode.BACK_SPACE);
        assertEquals("2 / " + chapters, text(robot, "#lesson-progress"));
        robot.type(KeyCode.PAGE_UP);
        assertEquals("1 / " + chapters, text(robot, "#lesson-progress"));

        int lsft = 8;
        assertTrue(chapter(lsft).view().hidden().contains(org.agenticrl.engine.session.HideableControl.TRANSPORT));
        robot.interact(() -> window.lessons().jump(lsft));
        assertEquals((lsft + 1) + " / " + chapters, text(robot, "#lesson-progress"));
        assertFalse(shown(robot, "#transport"));
        assertEquals("objective", window.maximised());

        robot.type(KeyCode.ESCAPE);
        assertFalse(shown(robot, "#lesson-band"));
        assertTrue(shown(robot, "#transport"));
        assertTrue(shown(robot, "#scenario"));
        assertEquals("objective", window.maximised(), "free exploration starts from the chapter's view");
    }

    @Test
    void chaptersAreAddedEditedReorderedAndSavedThenReopenedAsTheyWere(FxRobot robot) throws Exception {
        robot.interact(() -> window.maximise("tokens"));
        robot.clickOn("#menu-lessons").clickOn("#menu-add-chapter");
        robot.interact(() -> window.lessons().editingProperty().set(true));
        replaceText(robot, "#chapter-title", "Bars");
        replaceText(robot, "#chapter-caption", "After *I* comes need.");
        clickInView(robot, "#hide-transport").clickOn("#chapter-apply");
        assertEquals("Bars", chapter(0).title());
        assertEquals("After *I* comes need.", chapter(0).caption());
        assertEquals(java.util.Set.of(org.agenticrl.engine.session.HideableControl.TRANSPORT), chapter(0).view().hidden());

        robot.interact(() -> window.maximise("objective"));
        robot.clickOn("#lesson-add");
        assertEquals(2, window.lessons().chapters().size());
        assertEquals("objective", chapter(1).view().maximised());
        replaceText(robot, "#chapter-caption", "");
        robot.clickOn("#chapter-apply");
        assertTrue(robot.lookup("#lesson-problem").queryAs(Label.class).getText().startsWith("Caption: is empty"));
        assertNotEquals("", chapter(1).caption(), "a refused caption changes nothing");

        robot.clickOn("#lesson-up");
        assertEquals(List.of("objective", "tokens"), window.lessons().chapters().stream()
                .map(c -> c.view().maximised()).toList());

        Path file = folder.resolve("lecture.arl");
        fixture.nextFile = file;
        robot.clickOn("#lesson-save");
        assertTrue(Files.isRegularFile(file));
        Lesson saved = fixture.files.lessonProperty().get();

        robot.clickOn("#lesson-delete");
        assertEquals(1, window.lessons().chapters().size());
        robot.interact(() -> fixture.files.open(file));
        assertEquals(saved, fixture.files.lessonProperty().get());
        assertEquals(List.of("Chapter 2", "Bars"), window.lessons().chapters().stream().map(Lesson.Chapter::title)
                .toList());
    }

    @Test
    void aChapterRecordsTheViewOnScreenNotTheOneAskedFor(FxRobot robot) {
        robot.interact(() -> window.focus(ViewFocus.ALL));
        assertEquals(ViewFocus.ALL, window.shownViews(), "at 1.0 the three views fit 1280 px");
        robot.clickOn("#menu-lessons").clickOn("#menu-add-chapter");
        assertEquals("all", chapter(0).view().maximised());

        robot.interact(() -> {
            appearance.textScaleProperty().set(1.6);
            window.focus(ViewFocus.TOKENS);
            window.focus(ViewFocus.ALL);
        });
        assertEquals("all", window.maximised(), "all three were asked for");
        assertEquals(ViewFocus.TOKENS, window.shownViews(), "but at 1.6 only the token distribution fits");
        robot.clickOn("#menu-lessons").clickOn("#menu-add-chapter");
        assertEquals("tokens", chapter(1).view().maximised());

        robot.interact(() -> {
            window.focus(ViewFocus.OBJECTIVE);
            window.lessons().present();
            window.lessons().jump(1);
        });
        assertEquals(ViewFocus.TOKENS, window.shownViews(), "presenting the chapter shows what its author saw");
    }

    @Test
    void speakerNotesAreWrittenInTheEditorAndNeverShownToTheRoom(FxRobot robot) throws IOException {
        String notes = "Ask the room which token comes next";
        robot.clickOn("#menu-lessons").clickOn("#menu-add-chapter");
        robot.interact(() -> window.lessons().editingProperty().set(true));
        TextArea notesArea = robot.lookup("#chapter-notes").queryAs(TextArea.class);
        clickInView(robot, "#chapter-notes");
        fixture.keysToTheWindow(robot);
        robot.interact(notesArea::requestFocus);
        robot.write(notes);
        assertEquals(notes, notesArea.getText(), "typed into the notes");
        apply(robot);
        assertEquals(notes, chapter(0).notes(), () -> "applied; the editor says: " + text(robot, "#lesson-problem"));

        robot.interact(() -> robot.lookup("#chapter-notes").queryAs(TextArea.class)
                .setText("line\n".repeat(Lesson.MAX_NOTES_LINES + 1)));
        apply(robot);
        assertEquals("Notes: has 21 lines; at most 20", text(robot, "#lesson-problem"));
        assertEquals(notes, chapter(0).notes(), "refused notes change nothing");

        robot.interact(() -> window.lessons().present());
        assertEquals(List.of(), nodesShowing(window.getScene().getRoot(), notes), "while presenting, no node holds the notes");
        assertFalse(robot.lookup("#chapter-notes").query().isVisible());
        apply(robot);
        assertEquals(notes, chapter(0).notes(), "Apply while presenting keeps the notes it does not show");

        fixture.keysToTheWindow(robot);
        robot.type(KeyCode.ESCAPE);
        assertEquals(List.of("chapter-notes"), nodesShowing(window.getScene().getRoot(), notes),
                "after the lesson only the editor's field holds them");

        ExportActions export = new ExportActions(model, BackgroundWork.immediate(), fixture.dialogs(), appearance,
                () -> null);
        Path picture = folder.resolve("window.png");
        robot.interact(() -> export.writeNode(window, picture)); // its status line is in the pictures below
        robot.interact(() -> export.writeNode(window, picture));
        int[] withNotes = pixels(picture);
        TextArea field = robot.lookup("#chapter-notes").queryAs(TextArea.class);
        robot.interact(() -> field.setText("other notes, longer, on\nthree\nlines"));
        robot.interact(() -> export.writeNode(window, picture));
        assertEquals(1.0, field.getOpacity(), 0.0, "the field is shown again after the picture");
        assertTrue(Arrays.equals(withNotes, pixels(picture)), "a picture of the window leaves the notes out");
    }

    private static int[] pixels(Path png) throws IOException {
        BufferedImage picture = ImageIO.read(png.toFile());
        return picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
    }

    /** The ids of the nodes under root whose text (or tooltip) contains the text; a control counts once, not its skin. */
    static List<String> nodesShowing(Parent root, String text) {
        List<String> found = new ArrayList<>();
        for (Node child : root.getChildrenUnmodifiable()) {
            String shown = child instanceof Labeled labeled ? labeled.getText()
                    : child instanceof TextInputControl input ? input.getText()
                    : child instanceof Text run ? run.getText() : null;
            Tooltip tip = child instanceof Control control ? control.getTooltip() : null;
            if ((shown != null && shown.contains(text)) || (tip != null && tip.getText().contains(text))) {
                found.add(child.getId());
            }
            if (child instanceof Parent parent && !(child instanceof TextInputControl) && !(child instanceof Labeled)) {
                found.addAll(nodesShowing(parent, text));
            }
        }
        return found;
    }
}

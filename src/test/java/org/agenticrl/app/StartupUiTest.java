package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.agenticrl.app.fx.FrameSteps;
import org.agenticrl.app.session.SessionFileModel;
import org.agenticrl.app.shell.StartupScreen;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.app.theme.Stylesheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's first frames: the start-up screen (the app's name and a progress line, in the theme's colours and at
 * the text scale) and the steps that build the Episode tab behind it, one per frame.
 */
@ExtendWith(ApplicationExtension.class)
class StartupUiTest {
    private Stage stage;
    private final AtomicInteger frames = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Region(), 640, 360));
        stage.getScene().addPostLayoutPulseListener(frames::incrementAndGet);
        stage.show();
    }

    @Test
    void theStartUpScreenShowsTheAppsNameAndWhatIsDoneInTheThemesColoursAtTheTextScale(FxRobot robot) {
        StartupScreen screen = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            StartupScreen shown = new StartupScreen(Palette.DARK, 1.6);
            shown.show("Building the views…", 0.5);
            stage.getScene().setRoot(shown);
            return shown;
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<Text> texts = screen.lookupAll("Text").stream().map(Text.class::cast).toList();
        Text name = texts.stream().filter(text -> text.getText().equals(SessionFileModel.APP_TITLE)).findFirst()
                .orElseThrow();
        assertEquals(Color.web(Palette.DARK.foreground()), name.getFill());
        assertEquals(2 * Stylesheets.BASE_FONT * 1.6, name.getFont().getSize(), 1e-4);
        assertEquals("Building the views…", screen.doing());
        assertEquals(Color.web(Palette.DARK.pane()), screen.getBackground().getFills().get(0).getFill());
        assertTrue(name.getBoundsInParent().getWidth() > 0 && name.localToScene(name.getBoundsInLocal()).getMinX() > 0,
                "the name is on screen");
    }

    @Test
    void eachStepRunsAfterTheFrameOfThePreviousOneInOrder(FxRobot robot) throws Exception {
        List<Integer> framesAtStep = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();

        robot.interact(() -> FrameSteps.run(stage.getScene(), List.of(() -> framesAtStep.add(frames.get()),
                () -> framesAtStep.add(frames.get()), () -> framesAtStep.add(frames.get())), failure::set));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> framesAtStep.size() == 3);

        assertTrue(framesAtStep.get(0) < framesAtStep.get(1) && framesAtStep.get(1) < framesAtStep.get(2),
                "a frame between any two steps: " + framesAtStep);
        assertEquals(null, failure.get());
    }

    @Test
    void aStepThatThrowsEndsTheSequenceAndIsReported(FxRobot robot) throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        IllegalStateException problem = new IllegalStateException("no scenario");

        robot.interact(() -> FrameSteps.run(stage.getScene(), List.of(() -> ran.add("first"), () -> {
            throw problem;
        }, () -> ran.add("third")), failure::set));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> failure.get() != null);
        for (int frame = 0; frame < 2; frame++) {  // the frames after which the third step would have run
            int before = frames.get();
            robot.interact(() -> {
                stage.getScene().getRoot().requestLayout();
                Platform.requestNextPulse();
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> frames.get() > before);
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertSame(problem, failure.get());
        assertEquals(List.of("first"), ran);
    }
}

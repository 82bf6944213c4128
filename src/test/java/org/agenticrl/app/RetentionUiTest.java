package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.training.TrainingModel;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A long lecture replaces episodes, formulas and runs thousands of times: what is replaced must become garbage.
 * Nothing short-lived may stay reachable from the long-lived model (a listener a rebuilt card registered on it, an
 * image kept by a cache of ours), which is what a {@link WeakReference} that clears after a collection shows.
 */
@ExtendWith(ApplicationExtension.class)
class RetentionUiTest {
    private final TestRuntime runtime = new TestRuntime();
    @RegisterExtension
    final WindowFixture fixture = new WindowFixture();
    private SessionModel model;
    private AppearanceModel appearance;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        appearance = new AppearanceModel();
        window = fixture.show(stage, model, appearance, BackgroundWork.immediate());
    }

    /** Collects until every reference is cleared, or gives up after a few seconds. */
    private static boolean collected(List<? extends WeakReference<?>> references) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            System.gc();
            if (references.stream().allMatch(reference -> reference.get() == null)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static <T> List<WeakReference<T>> weakly(List<T> objects) {
        List<WeakReference<T>> references = new ArrayList<>();
        objects.forEach(object -> references.add(new WeakReference<>(object)));
        return references;
    }

    @Test
    void theCardsOfReplacedEpisodesBecomeGarbage(FxRobot robot) throws InterruptedException {
        List<WeakReference<Node>> first = weakly(new ArrayList<>(robot.lookup("#timeline .step-card").queryAll()));
        assertTrue(first.size() > 0);
        robot.interact(() -> {
            for (int i = 0; i < 200; i++) {
                model.episode().reroll();
                model.playback().showAll();
            }
        });
        assertTrue(collected(first), "a step card of the first episode is still reachable after 200 re-rolls");
    }

    @Test
    void theFormulaKeepsOnlyItsCurrentPicture(FxRobot robot) throws InterruptedException {
        ImageView picture = (ImageView) window.objective().formula().getChildrenUnmodifiable().get(0);
        List<Object> shown = new ArrayList<>();
        robot.interact(() -> {
            for (int i = 0; i < 200; i++) {
                model.objective().lambda1().set(i % 2 == 0 ? 0.5 : 0.25);
                if (i < 100) {
                    shown.add(picture.getImage());
                }
            }
        });
        List<WeakReference<Object>> old = weakly(shown);
        shown.clear();
        assertTrue(collected(old), "a picture of an earlier formula is still reachable");
    }

    @Test
    void aPinPushedOutByNewerOnesBecomesGarbage(FxRobot robot) throws InterruptedException {
        TrainingModel training = model.training();
        List<Object> first = new ArrayList<>();
        robot.interact(() -> {
            training.settings().episodes().set(16);
            training.settings().speedProperty().set(Double.POSITIVE_INFINITY);
            for (int run = 0; run < 10; run++) {
                training.start();
                runtime.frames.tick(5);
                training.pin();
                if (run == 0) {
                    first.add(training.pins().get(0));
                }
                training.reset();
            }
        });
        assertEquals(TrainingModel.MAX_PINS, training.pins().size());
        List<WeakReference<Object>> old = weakly(first);
        first.clear();
        assertTrue(collected(old), "the first pinned run is still reachable after ten newer pins");
    }
}

package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.AppIcon;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.shell.ViewFocus;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window around the views: the problem banner and the layout on a projector. */
@ExtendWith(ApplicationExtension.class)
class ShellUiTest {
    private final TestRuntime runtime = new TestRuntime();
    @RegisterExtension
    final WindowFixture fixture = new WindowFixture();
    private SessionModel model;
    private AppearanceModel appearance;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        appearance = new AppearanceModel();
        window = fixture.show(stage, model, appearance, BackgroundWork.immediate());
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    private static Bounds onScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    @Test
    void theProblemBannerPushesTheTabsDownInsteadOfCoveringThem(FxRobot robot) {
        robot.interact(() -> model.report(StatusMessage.error("Cannot train: GRPO needs a group of at least 2")));
        assertEquals("\u26a0  Cannot train: GRPO needs a group of at least 2", window.problemShown());
        Node banner = robot.lookup("#problem-banner").query();
        Node tabHeader = robot.lookup(".tab-header-area").query();
        assertTrue(banner.isVisible());
        assertTrue(onScene(banner).getMaxY() <= onScene(tabHeader).getMinY(),
                onScene(banner) + " covers " + onScene(tabHeader));
        robot.clickOn(robot.lookup(".tab-label").match((Node n) -> "Training".equals(((Label) n).getText()))
                .queryAs(Label.class));
        assertTrue(window.trainingShown(), "the Training tab can be clicked while the banner shows");
        robot.clickOn("#problem-close");
        assertEquals("", window.problemShown());
        assertFalse(banner.isManaged(), "a closed banner gives its room back");
    }

    @Test
    void onAProjectorEveryViewIsShownWholeOneAtATime(FxRobot robot) {
        robot.interact(() -> appearance.textScaleProperty().set(1.6));
        assertNotEquals(ViewFocus.ALL, window.shownViews(), "three columns do not fit 1280 px at 1.6");
        assertTrue(robot.lookup("#view-switcher").query().isVisible());
        robot.clickOn("#show-objective");
        assertEquals(ViewFocus.OBJECTIVE, window.shownViews());
        double right = window.getScene().getWidth();
        for (Node node : new Node[] {robot.lookup("#total").query(), window.objective().formula(),
            window.objective().lambda1Field().field(), window.objective().lambda2Field().field()}) {
            assertTrue(onScene(node).getMaxX() <= right, node.getId() + " ends at " + onScene(node).getMaxX() + " of " + right);
        }
        robot.interact(() -> appearance.textScaleProperty().set(1.0));
        assertEquals(ViewFocus.OBJECTIVE, window.shownViews(), "the view the user picked stays");
        robot.clickOn("#show-all");
        assertEquals(ViewFocus.ALL, window.shownViews());
        assertFalse(robot.lookup("#view-switcher").query().isVisible());
    }

    @Test
    void theWindowCarriesTheAppIconAtEverySizeWithTheChosenTokensArrowInItsMiddle() {
        assertEquals(AppIcon.SIZES, stage.getIcons().stream().map(image -> (int) image.getWidth()).toList());
        Color chosen = Color.web(Palette.LIGHT.chosen());
        for (Image icon : stage.getIcons()) {
            assertFalse(icon.isError(), icon.getUrl() + ": " + icon.getException());
            int size = (int) icon.getWidth();
            assertEquals(size, (int) icon.getHeight(), icon.getUrl());
            assertEquals(chosen, icon.getPixelReader().getColor(size / 2, size * 10 / 16), icon.getUrl());
        }
    }
}

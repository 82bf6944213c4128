package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Theme;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Switching the theme while a tooltip is on screen. */
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchUiTest {
    private final TestRuntime runtime = new TestRuntime();
    private final WindowFixture fixture = new WindowFixture();
    private final Logger css = Logger.getLogger("javafx.css");
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler collect = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private AppearanceModel appearance;

    @Start
    void start(Stage stage) {
        appearance = new AppearanceModel();
        fixture.show(stage, new SessionModel(ScenarioLoader.seed(), runtime.runtime), appearance,
                BackgroundWork.immediate());
        css.addHandler(collect);
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        css.removeHandler(collect);
        fixture.forget();
    }

    private static boolean tooltipShowing() {
        return Window.getWindows().stream().anyMatch(window -> window instanceof Tooltip && window.isShowing());
    }

    /**
     * The tooltip's colours are looked up through the node it belongs to; switching the theme left that node unstyled
     * until the next pulse, and the tooltip, styled first, printed ClassCastException warnings for '-fx-effect' in
     * '*.tooltip' and lost its theme colours.
     */
    @Test
    void ctrlTWhileATooltipShowsWarnsOfNothing(FxRobot robot) throws Exception {
        robot.moveTo(robot.lookup("#reroll").queryAs(Button.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, ThemeSwitchUiTest::tooltipShowing);
        warnings.clear();
        robot.interact(appearance::toggleTheme);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(appearance::toggleTheme);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.LIGHT, appearance.themeProperty().get());
        assertTrue(tooltipShowing(), "the tooltip was still on screen during both switches");
        assertEquals(List.of(), warnings);
    }
}

package org.agenticrl.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.scenario.RecentFiles;
import org.agenticrl.app.session.RecoveryCopies;
import org.agenticrl.app.session.SessionFileModel;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.FileDialogs;
import org.agenticrl.app.shell.SessionActions;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Theme;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Not a test: renders the window in chosen states to PNG files for people to look at (and for the README's
 * pictures). It runs only when asked: {@code mvn test -Dtest=ScreenshotTour -Dtour.dir=assets}.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {
    private static final String DIRECTORY = System.getProperty("tour.dir");

    private final Preferences preferences = Preferences.userRoot().node("agentic-rl-tour-" + UUID.randomUUID());
    private Stage stage;
    private SessionModel model;
    private AppearanceModel appearance;
    private TestRuntime runtime;

    @Start
    void start(Stage window) {
        stage = window;
    }

    private void open(FxRobot robot, double width, double height, Theme theme) {
        robot.interact(() -> {
            runtime = new TestRuntime();
            model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
            appearance = new AppearanceModel();
            appearance.themeProperty().set(theme);
            SessionFileModel files = new SessionFileModel(model, appearance, BackgroundWork.immediate(),
                    runtime.recoveryClock, RecoveryCopies.none(), path -> { });
            Scene scene = AgenticRlApp.createScene(stage, model, appearance, new RecentFiles(preferences),
                    BackgroundWork.immediate(), files, new SessionActions(files, FileDialogs.system(() -> stage), stage));
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
        });
    }

    private void shoot(FxRobot robot, String name, Consumer<SessionModel> state) throws Exception {
        robot.interact(() -> state.accept(model));
        shoot(robot, name, stage.getScene());
    }

    private static void shoot(FxRobot robot, String name, Scene scene) throws Exception {
        Path file = Path.of(DIRECTORY, name + ".png");
        Files.createDirectories(file.getParent());
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * The glossary and About windows at the sizes of a projector and a desktop, in both themes, the window with its
     * glossary links, and the token chart as SVG: {@code mvn test -Dtest=ScreenshotTour#helpTour -Dtour.dir=DIR}.
     */
    @Test
    void helpTour(FxRobot robot) throws Exception {
        assumeTrue(DIRECTORY != null, "set -Dtour.dir to render the tour");
        for (Theme theme : Theme.values()) {
            String suffix = theme == Theme.DARK ? "-dark" : "-light";
            for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
                String name = "-" + size[0] + suffix;
                open(robot, size[0], size[1], theme);
                MainWindow window = (MainWindow) stage.getScene().getRoot();
                shoot(robot, "links" + name, m -> m.playback().showAll());
                shoot(robot, "links-training" + name, m -> window.tabs().getSelectionModel().select(1));
                robot.interact(() -> window.tabs().getSelectionModel().select(0));
                robot.interact(() -> {
                    window.glossary().open("kl-estimators");
                    window.showGlossary();
                    window.glossaryWindow().setWidth(size[0]);
                    window.glossaryWindow().setHeight(size[1]);
                });
                shoot(robot, "glossary" + name, window.glossaryWindow().getScene());
                robot.interact(() -> {
                    window.glossaryWindow().hide();
                    window.showAbout();
                    window.aboutWindow().setWidth(size[0]);
                    window.aboutWindow().setHeight(size[1]);
                });
                shoot(robot, "about" + name, window.aboutWindow().getScene());
                robot.interact(() -> window.aboutWindow().hide());
            }
        }
        MainWindow window = (MainWindow) stage.getScene().getRoot();
        var viewer = window.distribution().chart().viewer();
        robot.interact(() -> new org.agenticrl.app.shell.ExportActions(model, BackgroundWork.immediate(), () -> null)
                .writeChartSvg(viewer, Path.of(DIRECTORY, "tokens.svg")));
    }

    /** Trains outcome-only, pins it, then trains with the defaults: the comparison a lecturer would show. */
    private void trainWithPin(SessionModel m) {
        var settings = m.training().settings();
        settings.speedProperty().set(Double.POSITIVE_INFINITY);
        settings.rewardModeProperty().set(org.agenticrl.engine.loss.RewardMode.OUTCOME_ONLY);
        m.training().start();
        runtime.frames.tick(400);
        m.training().pin();
        m.training().reset();
        settings.rewardModeProperty().set(org.agenticrl.engine.loss.RewardMode.PROCESS_AND_OUTCOME);
        m.training().start();
        runtime.frames.tick(400);
        ((org.agenticrl.app.shell.MainWindow) stage.getScene().getRoot()).tabs().getSelectionModel().select(1);
    }

    /** Sweeps the default grid with the sweep's real threads, ticking its frames until every cell is in. */
    private void sweepDefaultGrid(FxRobot robot) throws Exception {
        robot.interact(() -> {
            var tabs = ((org.agenticrl.app.shell.MainWindow) stage.getScene().getRoot()).tabs();
            tabs.getTabs().stream().filter(tab -> "sweep-tab".equals(tab.getId())).findFirst()
                    .ifPresent(tab -> tabs.getSelectionModel().select(tab));
            model.sweep().start();
        });
        org.testfx.util.WaitForAsyncUtils.waitFor(300, java.util.concurrent.TimeUnit.SECONDS, () -> {
            robot.interact(() -> runtime.sweepFrames.tick(1));
            return model.sweep().statusProperty().get() == org.agenticrl.app.sweep.SweepModel.Status.FINISHED;
        });
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        assumeTrue(DIRECTORY != null, "set -Dtour.dir to render the tour");
        for (Theme theme : Theme.values()) {
            String suffix = theme == Theme.DARK ? "-dark" : "-light";
            open(robot, 1280, 720, theme);
            shoot(robot, "notebook-1280" + suffix, m -> m.selection().select(0, 6));
            shoot(robot, "midway-1280" + suffix, m -> {
                m.playback().reset();
                for (int i = 0; i < 14; i++) {
                    m.playback().step();
                }
            });
            shoot(robot, "live-1280" + suffix, m -> {
                m.episode().reroll();
                m.episode().seed().set(3);
                m.objective().sftProperty().set(org.agenticrl.engine.loss.SftVariant.EXACT);
            });
            shoot(robot, "zoomed-1280" + suffix, m -> {
                appearance.textScaleProperty().set(1.4);
                m.episode().reroll();
                m.episode().seed().set(3);
            });
            shoot(robot, "projector-1280" + suffix, m ->
                    ((org.agenticrl.app.shell.MainWindow) stage.getScene().getRoot()).focus(org.agenticrl.app.shell.ViewFocus.OBJECTIVE));
            shoot(robot, "stock-pe-1280" + suffix, m -> {
                ((org.agenticrl.app.shell.MainWindow) stage.getScene().getRoot()).focus(org.agenticrl.app.shell.ViewFocus.ALL);
                appearance.textScaleProperty().set(1.0);
                m.episode().modeProperty().set(org.agenticrl.engine.episode.EpisodeMode.NOTEBOOK);
                m.scenarios().openBuiltIn("stock-pe");
            });
            shoot(robot, "comparison-1280" + suffix, m -> {
                m.scenarios().openBuiltIn("traditional-vs-agentic");
                ((org.agenticrl.app.shell.MainWindow) stage.getScene().getRoot()).tabs().getSelectionModel().select(1);
            });
            open(robot, 1280, 720, theme);
            shoot(robot, "training-1280" + suffix, this::trainWithPin);
            open(robot, 1280, 720, theme);
            sweepDefaultGrid(robot);
            shoot(robot, "sweep-1280" + suffix, m -> { });
            open(robot, 1920, 1080, theme);
            sweepDefaultGrid(robot);
            shoot(robot, "sweep-1920" + suffix, m -> m.sweep().metricProperty().set(
                    org.agenticrl.app.sweep.SweepMetric.CALCULATOR));
            open(robot, 1920, 1080, theme);
            shoot(robot, "training-1920" + suffix, this::trainWithPin);
            shoot(robot, "trained-episode-1920" + suffix, m -> {
                ((org.agenticrl.app.shell.MainWindow) stage.getScene().getRoot()).tabs().getSelectionModel().select(0);
                m.episode().seed().set(5);
                m.selection().select(0, 5);
            });
            shoot(robot, "zoomed-1920" + suffix, m -> {
                appearance.textScaleProperty().set(1.5);
                m.episode().temperature().set(0.3);
            });
        }
        try {
            preferences.removeNode();
        } catch (BackingStoreException e) {
            System.err.println("tour: could not remove its preferences: " + e.getMessage());
        }
    }
}

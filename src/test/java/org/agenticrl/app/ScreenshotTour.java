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
import org.agenticrl.app.presenter.Screens;
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
 * Not a test: renders the window in chosen states to PNG files for people to look at (and for the pictures in
 * assets/ that the README and the manual show). It runs only when asked:
 * {@code mvn test -Dtest=ScreenshotTour -Dtour.dir=assets}.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {
    private static final String DIRECTORY = System.getProperty("tour.dir");

    private final Preferences preferences = Preferences.userRoot().node("agentic-rl-tour-" + UUID.randomUUID());
    private Stage stage;
    private SessionModel model;
    private AppearanceModel appearance;
    private TestRuntime runtime;
    private SessionActions sessions;

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
            sessions = new SessionActions(files, model.runs(), FileDialogs.system(() -> stage), stage);
            Scene scene = AgenticRlApp.createScene(stage, model, appearance, new RecentFiles(preferences),
                    BackgroundWork.immediate(), files, sessions, Screens.system());
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
     * glossary links: {@code mvn test -Dtest=ScreenshotTour#helpTour -Dtour.dir=DIR}.
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
    void lessonMode(FxRobot robot) throws Exception {
        assumeTrue(DIRECTORY != null, "run with -Dtour.dir=DIR to render the screenshots");
        double[][] sizes = {{1280, 720}, {1920, 1080}};
        for (Theme theme : Theme.values()) {
            for (double[] size : sizes) {
                open(robot, size[0], size[1], theme);
                String name = "lesson-" + (int) size[0] + "-" + theme.name().toLowerCase(java.util.Locale.ROOT);
                shoot(robot, name, m -> {
                    org.agenticrl.app.lesson.LessonModel lesson =
                            ((org.agenticrl.app.shell.MainWindow) stage.getScene().getRoot()).lessons();
                    lesson.openBuiltIn(org.agenticrl.app.lesson.BuiltInLessons.ALL.get(0));
                    lesson.jump(10);
                });
            }
        }
    }

    /**
     * The presenter view (chapter 2 of the seed lesson, with notes, 12:34 on the timer) and the lesson editor with its
     * notes field, at 1280×720 ×1.0 and ×1.6 and 1920×1080 ×2.0, both themes:
     * {@code mvn test -Dtest=ScreenshotTour#presenterTour -Dtour.dir=DIR}.
     */
    @Test
    void presenterTour(FxRobot robot) throws Exception {
        assumeTrue(DIRECTORY != null, "set -Dtour.dir to render the tour");
        double[][] sizes = {{1280, 720, 1.0}, {1280, 720, 1.6}, {1920, 1080, 2.0}};
        for (Theme theme : Theme.values()) {
            for (double[] size : sizes) {
                open(robot, size[0], size[1], theme);
                String name = (int) size[0] + "-x" + size[2] + "-" + theme.name().toLowerCase(java.util.Locale.ROOT);
                MainWindow window = (MainWindow) stage.getScene().getRoot();
                org.agenticrl.app.lesson.LessonModel lesson = window.lessons();
                long[] now = {0};
                org.agenticrl.app.common.ManualClock clock = new org.agenticrl.app.common.ManualClock();
                Stage presenter = org.testfx.util.WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new).get();
                robot.interact(() -> {
                    appearance.textScaleProperty().set(size[2]);
                    lesson.openBuiltIn(org.agenticrl.app.lesson.BuiltInLessons.ALL.get(0));
                    lesson.jump(1);
                    var chapter = lesson.chapters().get(1);
                    lesson.edit(1, chapter.title(), chapter.caption(), "Ask first: why is finish( as likely as "
                            + "calculate( here?\nPoint at the two bars, 40.0 % each.\nThen: the log-probabilities "
                            + "are what L_RL pushes on; keep the number -0.92 on the board.", chapter.view().hidden());
                    var model = new org.agenticrl.app.presenter.PresenterModel(lesson,
                            new org.agenticrl.app.presenter.PresenterTimer(() -> now[0], clock),
                            new org.agenticrl.app.presenter.ScreenChoice(javafx.collections.FXCollections
                                    .observableArrayList()));
                    lesson.leave();
                    lesson.present();
                    now[0] = 754_000;
                    clock.tick(1);
                    Scene scene = new Scene(new org.agenticrl.app.presenter.PresenterView(model), size[0], size[1]);
                    org.agenticrl.app.theme.Stylesheets.bind(scene, appearance);
                    presenter.setScene(scene);
                    presenter.show();
                });
                shoot(robot, "presenter-" + name, presenter.getScene());
                robot.interact(presenter::hide);
                shoot(robot, "editor-" + name, m -> {
                    lesson.leave();
                    lesson.editingProperty().set(true);
                });
            }
        }
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

    /**
     * The λ view for a room: the token view alone with its weight strip at 1280×720 ×1.6 in both themes (the seed's
     * 'Action:', its first token, and Ctrl+1's refusal) and at 1920×1080 ×2.0, all three views at 1280×720 ×1.0, and
     * λ2's pull after five training updates (λ2 0 and 2; the manual's lambda-strip pictures):
     * {@code mvn test -Dtest=ScreenshotTour#lambdaTour -Dtour.dir=DIR}.
     */
    @Test
    void lambdaTour(FxRobot robot) throws Exception {
        assumeTrue(DIRECTORY != null, "set -Dtour.dir to render the tour");
        for (Theme theme : Theme.values()) {
            String suffix = theme == Theme.DARK ? "-dark" : "-light";
            open(robot, 1280, 720, theme);
            shoot(robot, "strip-1280-1.6" + suffix, m -> {
                appearance.textScaleProperty().set(1.6);
                window().focus(org.agenticrl.app.shell.ViewFocus.TOKENS);
                m.selection().select(0, 6);
            });
            shoot(robot, "first-token-1280-1.6" + suffix, m -> m.selection().select(0, 0));
            shoot(robot, "ctrl1-1280-1.6" + suffix, m -> window().focus(org.agenticrl.app.shell.ViewFocus.ALL));
            open(robot, 1280, 720, theme);
            shoot(robot, "all-1280-1.0" + suffix, m -> m.selection().select(0, 6));
            open(robot, 1280, 720, theme);
            for (double lambda2 : new double[] {0, 2}) {
                shoot(robot, (lambda2 == 0 ? "lambda2-0-1280" : "lambda-strip-1280") + suffix, m -> {
                    if (m.training().curveProperty().get().isEmpty()) {
                        appearance.textScaleProperty().set(1.6);
                        window().focus(org.agenticrl.app.shell.ViewFocus.TOKENS);
                        m.training().trainNow(5);
                        m.objective().klProperty().set(org.agenticrl.engine.loss.KlVariant.EXACT);
                        m.selection().select(0, 6);
                    }
                    m.objective().lambda2().set(lambda2);
                });
            }
        }
        open(robot, 1920, 1080, Theme.DARK);
        shoot(robot, "strip-1920-2.0-dark", m -> {
            appearance.textScaleProperty().set(2.0);
            window().focus(org.agenticrl.app.shell.ViewFocus.TOKENS);
            m.selection().select(0, 6);
        });
        shoot(robot, "lambda-strip-1920-dark", m -> {
            m.training().trainNow(5);
            m.objective().klProperty().set(org.agenticrl.engine.loss.KlVariant.EXACT);
            m.objective().lambda2().set(2);
        });
    }

    private MainWindow window() {
        return (MainWindow) stage.getScene().getRoot();
    }

    /**
     * The Run tab: a synthetic verl dump that learns (40 steps of 16 samples, 2 prompts in groups of 8) compared with a
     * second one, a step, a prompt followed across the steps, a multi-turn verl sample with its tool calls as cards, the
     * inspect_ai fixture's token chips, and a current inspect_ai log of one step (it opens on its step; its overview
     * draws distributions), at 1280×720 and 1920×1080 in both themes and at 1280×720 with text scale 1.6:
     * {@code mvn test -Dtest=ScreenshotTour#runs -Dtour.dir=assets}.
     */
    @Test
    void runs(FxRobot robot) throws Exception {
        assumeTrue(DIRECTORY != null, "set -Dtour.dir to render the tour");
        Path dump = learningDump(7, 0.7);
        Path other = learningDump(11, 0.4);
        Path inspect = Path.of("src/test/resources/runs/inspect/calc.eval");
        Path multiTurn = Path.of("src/test/resources/runs/verl-multiturn");
        Path oneStep = Path.of("src/test/resources/runs/inspect-current/multiply.eval");
        for (Theme theme : Theme.values()) {
            String suffix = theme == Theme.DARK ? "-dark" : "-light";
            for (double[] size : new double[][] {{1280, 720, 1.0}, {1920, 1080, 1.0}, {1280, 720, 1.6}}) {
                String at = "-" + (int) size[0] + (size[2] == 1.0 ? "" : "-x" + size[2]) + suffix;
                open(robot, size[0], size[1], theme);
                robot.interact(() -> appearance.textScaleProperty().set(size[2]));
                shoot(robot, "run-overview" + at, m -> m.runs().open(dump));
                shoot(robot, "run-compared" + at, m -> m.runs().compareWith(other));
                shoot(robot, "run-step" + at, m -> {
                    m.runs().openStep(30);
                    runView().showView("step");
                });
                shoot(robot, "run-prompt" + at, m -> {
                    m.runs().openSample(m.runs().step().rowsProperty().get().get(0));
                    runView().showView("prompt");
                });
                shoot(robot, "run-multiturn" + at, m -> {
                    m.runs().open(multiTurn);
                    m.runs().openStep(2);
                    m.runs().openSample(m.runs().step().rowsProperty().get().get(1));
                    runView().showView("sample");
                });
                shoot(robot, "run-sample" + at, m -> {
                    m.runs().open(inspect);
                    m.runs().openStep(1);
                    m.runs().openSample(m.runs().step().rowsProperty().get().get(0));
                    m.runs().sample().selectToken(2);
                    runView().showView("sample");
                });
                shoot(robot, "run-one-step" + at, m -> m.runs().open(oneStep));
                shoot(robot, "run-one-step-overview" + at, m -> runView().showView("overview"));
            }
        }
    }

    /** A verl dump of 40 steps whose answers grow right with the step, up to 0.15 + gain. */
    private static Path learningDump(long seed, double gain) throws java.io.IOException {
        Path dump = Files.createTempDirectory("tour-verl");
        java.util.Random random = new java.util.Random(seed);
        String[][] prompts = {{"What is 17*3?", "51"}, {"What is 120/8?", "15"}};
        for (int step = 1; step <= 40; step++) {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                String[] prompt = prompts[i / 8];
                boolean right = random.nextDouble() < 0.15 + gain * step / 40.0;
                String answer = right ? prompt[1] : Integer.toString(Integer.parseInt(prompt[1]) + 1 + random.nextInt(9));
                String output = "Let me work it out step by step".repeat(1 + random.nextInt(4 + step / 8))
                        + ". \\\\boxed{" + answer + "}";
                lines.append(String.format(java.util.Locale.ROOT, "{\"input\": \"%s\", \"output\": \"%s\", "
                        + "\"gts\": \"%s\", \"score\": %.1f, \"step\": %d, \"acc\": %b}%n", prompt[0], output,
                        prompt[1], right ? 1.0 : 0.0, step, right));
            }
            Files.writeString(dump.resolve(step + ".jsonl"), lines);
        }
        return dump;
    }

    /**
     * Issue 15's charts for slides: every chart of every tab (trained with a pinned run, a small sweep, a run open)
     * shown across the window at 1280×720 ×1.6 in both themes and at 1920×1080 ×2.0, and exported at 1600×900 in both
     * themes, with the export dialog: {@code mvn test -Dtest=ScreenshotTour#slides -Dtour.dir=DIR}. The manual's
     * assets/enlarged-1280-dark.png and tokens-dark.svg are its enlarged-curve-mean-return-1280-dark.png and
     * export-distribution-chart-dark.svg.
     */
    @Test
    void slides(FxRobot robot) throws Exception {
        assumeTrue(DIRECTORY != null, "set -Dtour.dir to render the tour");
        Object[][] looks = {{1280, 720, 1.6, Theme.LIGHT}, {1280, 720, 1.6, Theme.DARK}, {1920, 1080, 2.0, Theme.LIGHT}};
        for (Object[] look : looks) {
            Theme theme = (Theme) look[3];
            String at = "-" + look[0] + "-" + theme.name().toLowerCase(java.util.Locale.ROOT);
            open(robot, (Integer) look[0], (Integer) look[1], theme);
            robot.interact(() -> appearance.textScaleProperty().set((Double) look[2]));
            robot.interact(() -> trainWithPin(model));
            smallSweep(robot);
            robot.interact(() -> {
                MainWindow window = (MainWindow) stage.getScene().getRoot();
                model.runs().open(Path.of("src/test/resources/runs/inspect/calc.eval"));
                model.runs().openStep(1);
                model.runs().openSample(model.runs().step().rowsProperty().get().get(0));
                model.runs().sample().selectToken(2);
                window.tabs().getSelectionModel().select(0);
                model.playback().showAll();
                model.selection().select(0, 3);
            });
            MainWindow window = (MainWindow) stage.getScene().getRoot();
            java.util.List<MainWindow.TabCharts> tabs = new java.util.ArrayList<>();
            robot.interact(() -> tabs.addAll(window.chartsByTab()));
            for (MainWindow.TabCharts tab : tabs) {
                for (org.agenticrl.app.chart.ChartView chart : tab.charts()) {
                    robot.interact(() -> {
                        window.tabs().getTabs().stream().filter(t -> t.getText().equals(tab.tab())).findFirst()
                                .ifPresent(t -> window.tabs().getSelectionModel().select(t));
                        window.enlargedChart().toggle(chart);
                    });
                    shoot(robot, "enlarged-" + chart.getId() + at, m -> { });
                    robot.interact(() -> window.enlargedChart().close());
                    if ((Integer) look[0] == 1280) {
                        String file = "export-" + chart.getId() + "-" + theme.name().toLowerCase(java.util.Locale.ROOT);
                        robot.interact(() -> {
                            try {
                                ImageIO.write(org.agenticrl.app.chart.ChartSlide.png(chart, 1600, 900), "png",
                                        Path.of(DIRECTORY, file + ".png").toFile());
                                Files.writeString(Path.of(DIRECTORY, file + ".svg"),
                                        org.agenticrl.app.chart.ChartSlide.svg(chart, 1600, 900));
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        });
                    }
                }
            }
            robot.interact(() -> {
                window.tabs().getSelectionModel().select(0);
                window.focus(org.agenticrl.app.shell.ViewFocus.OBJECTIVE);
                window.objective().chart().viewer().getContextMenu().getItems().get(1).fire();
            });
            javafx.scene.Node dialog = robot.lookup("#export-dialog").query();
            shoot(robot, "export-dialog" + at, dialog.getScene());
            robot.interact(() -> dialog.getScene().getWindow().hide());
        }
    }

    /** A 3 × 2 sweep of short runs, one seed each, ticked until every cell is in. */
    private void smallSweep(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.sweep().x().textProperty().set("0, 0.1, 1");
            model.sweep().y().textProperty().set("0.01, 1");
            model.sweep().episodes().set(64);
            model.sweep().seeds().set(1);
            model.sweep().evaluation().set(50);
            model.sweep().start();
        });
        org.testfx.util.WaitForAsyncUtils.waitFor(300, java.util.concurrent.TimeUnit.SECONDS, () -> {
            robot.interact(() -> runtime.sweepFrames.tick(1));
            return model.sweep().statusProperty().get() == org.agenticrl.app.sweep.SweepModel.Status.FINISHED;
        });
    }

    /**
     * The views that must stay readable on a projector, at 1280×720 with text scale 1.6 in both themes and at
     * 1920×1080 with text scale 2.0: the Training tab (also under the caption band of its lesson chapter), the token
     * chart and the preview's per-term chart, the cheat sheet, the lesson editor, the About box, the glossary and the
     * question before closing: {@code mvn test -Dtest=ScreenshotTour#readability -Dtour.dir=DIR}.
     */
    @Test
    void readability(FxRobot robot) throws Exception {
        assumeTrue(DIRECTORY != null, "set -Dtour.dir to render the tour");
        Object[][] cases = {{1280, 720, 1.6, Theme.LIGHT}, {1280, 720, 1.6, Theme.DARK}, {1920, 1080, 2.0, Theme.LIGHT}};
        for (Object[] at : cases) {
            Theme theme = (Theme) at[3];
            String name = "-" + at[0] + "-" + theme.name().toLowerCase(java.util.Locale.ROOT);
            double scale = (double) at[2];
            open(robot, (int) at[0], (int) at[1], theme);
            robot.interact(() -> appearance.textScaleProperty().set(scale));
            MainWindow window = (MainWindow) stage.getScene().getRoot();
            shoot(robot, "readable-training" + name, this::trainWithPin);
            shoot(robot, "readable-training-scrolled" + name, m -> Visible.scrollIntoView(
                    window.trainingView().curves().get(5).node()));
            shoot(robot, "readable-training-lesson" + name, m -> {
                window.lessons().openBuiltIn(org.agenticrl.app.lesson.BuiltInLessons.ALL.get(0));
                window.lessons().jump(window.lessons().chapters().size() - 1);
                appearance.themeProperty().set(theme);
                appearance.textScaleProperty().set(scale);
                m.training().settings().speedProperty().set(Double.POSITIVE_INFINITY);
                m.training().start();
                runtime.frames.tick(400);
            });
            shoot(robot, "readable-terms" + name, m -> {
                window.lessons().leave();
                window.tabs().getSelectionModel().select(0);
                window.maximise("tokens");
                m.preview().shownProperty().set(true);
                m.selection().select(0, 1);
                Visible.scrollIntoView(stage.getScene().lookup("#term-changes"));
            });
            shoot(robot, "readable-cheat-sheet" + name, m -> window.cheatSheet().toggle());
            shoot(robot, "readable-cheat-sheet-end" + name, m -> {
                var keys = ((javafx.scene.Parent) stage.getScene().lookup("#cheat-sheet-keys")).getChildrenUnmodifiable();
                Visible.scrollIntoView(keys.get(keys.size() - 1));
            });
            shoot(robot, "readable-lesson-editor" + name, m -> {
                window.cheatSheet().toggle();
                window.lessons().present();
                window.lessons().editingProperty().set(true);
            });
            shoot(robot, "readable-lesson-editor-hidden" + name, m -> {
                window.lessons().leave();
                Visible.scrollIntoView(stage.getScene().lookup("#hide-training-settings"));
            });
            robot.interact(() -> window.lessons().editingProperty().set(false));
            robot.interact(window::showAbout);
            shoot(robot, "readable-about" + name, window.aboutWindow().getScene());
            robot.interact(() -> {
                window.aboutWindow().hide();
                window.glossary().open("kl-estimators");
                window.showGlossary();
            });
            shoot(robot, "readable-glossary" + name, window.glossaryWindow().getScene());
            robot.interact(() -> {
                window.glossaryWindow().hide();
                model.objective().lambda1().set(0.3);
            });
            javafx.application.Platform.runLater(sessions::mayClose);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.DialogPane question = org.agenticrl.app.chart.Drawn.onFx(
                    () -> WindowFixture.shownDialog().orElseThrow());
            shoot(robot, "readable-close-question" + name, question.getScene());
            robot.interact(() -> ((javafx.scene.control.Button) question.lookupButton(
                    javafx.scene.control.ButtonType.CANCEL)).fire());
        }
    }

    private org.agenticrl.app.runs.RunView runView() {
        return ((MainWindow) stage.getScene().getRoot()).runView();
    }
}

package org.agenticrl.app;

import static org.agenticrl.app.chart.Drawn.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.chart.ChartViewers;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.sweep.SweepMetric;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;

/**
 * Export for slides through the window (issue 15): File ▸ Export lists every tab's charts, also of tabs never shown,
 * and each item exports its chart through the size dialog at 1600 × 900 as PNG and SVG with its slide title; the title
 * follows the settings; a bad size is refused and changes nothing; the last size is kept; the clipboard gets the same
 * picture; every chart's context menu copies, exports and shows it across the window.
 */
@ExtendWith(ApplicationExtension.class)
class ChartExportUiTest {
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private final TestRuntime runtime = new TestRuntime();
    /** Every chart of the window, in tab order, as {@link MainWindow#chartsByTab()} lists them once a run is open. */
    private static final List<String> CHARTS = List.of("distribution-chart", "term-change-chart", "loss-chart",
            "curve-mean-return", "curve-success-rate", "curve-rl", "curve-sft", "curve-kl", "curve-kl-to-reference",
            "drift-chart", "sweep-heatmap", "run-reward-distribution", "run-length-distribution", "run-histogram",
            "run-alternatives-chart", "run-prompt-chart");
    @RegisterExtension
    final WindowFixture fixture = new WindowFixture();
    private final AppearanceModel appearance = new AppearanceModel();
    private SessionModel model;
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        window = fixture.show(stage, model, appearance, BackgroundWork.immediate());
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    /** Opens a real run (inspect_ai, with recorded alternatives) at a step and a sample, so that the Run tab is there. */
    private void openRun(FxRobot robot) {
        robot.interact(() -> {
            WindowFixture.openRunAtItsFirstSample(model, "inspect/calc.eval");
            window.tabs().getSelectionModel().select(0);
        });
    }

    /** The items of File ▸ Export ▸ the menu with this id, as the menu lists them when it opens. */
    private List<MenuItem> exportMenu(FxRobot robot, String id) {
        List<MenuItem> items = new ArrayList<>();
        robot.interact(() -> {
            MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
            Menu exports = (Menu) bar.getMenus().get(0).getItems().stream()
                    .filter(item -> "menu-export".equals(item.getId())).findFirst().orElseThrow();
            Menu charts = (Menu) exports.getItems().stream().filter(item -> id.equals(item.getId())).findFirst()
                    .orElseThrow();
            charts.getOnShowing().handle(new Event(Menu.ON_SHOWING));
            items.addAll(charts.getItems());
        });
        return items;
    }

    /** Fires a menu item that exports a chart, answers the size dialog with what is typed in it, and the file dialog. */
    private void export(FxRobot robot, MenuItem item, Path file) {
        fixture.nextFile = file;
        robot.interact(item::fire);
        robot.interact(() -> robot.lookup("#export-choose-file").queryAs(Button.class).fire());
    }

    @Test
    void everyTabsChartsAreListedAndEachExportsAtSlideSizeAsPngAndSvgWithItsTitle(FxRobot robot) throws Exception {
        openRun(robot);
        List<ChartView> listed = new ArrayList<>();
        robot.interact(() -> window.chartsByTab().forEach(tab -> listed.addAll(tab.charts())));
        assertEquals(CHARTS, listed.stream().map(ChartView::getId).toList(),
                "every tab's charts in tab order, the Training and Sweep tabs built for it though never shown");
        for (String menu : List.of("export-png", "export-svg")) {
            List<MenuItem> items = exportMenu(robot, menu).stream().filter(item -> !(item instanceof SeparatorMenuItem))
                    .toList();
            assertEquals(listed.size(), items.size(), menu + " lists every chart");
            for (int i = 0; i < items.size(); i++) {
                ChartView chart = listed.get(i);
                assertTrue(items.get(i).getText().startsWith(chart.name()), items.get(i).getText());
                Path file = dir.resolve(chart.getId() + (menu.equals("export-png") ? ".png" : ".svg"));
                export(robot, items.get(i), file);
                assertTrue(Files.exists(file), chart.getId() + " was written: " + model.statusProperty().get().text());
                if (menu.equals("export-png")) {
                    BufferedImage picture = ImageIO.read(file.toFile());
                    assertEquals(List.of(1600, 900), List.of(picture.getWidth(), picture.getHeight()), chart.getId());
                } else {
                    Document svg = parse(Files.readString(file, StandardCharsets.UTF_8));
                    assertEquals(SVG_NAMESPACE, svg.getDocumentElement().getNamespaceURI(), chart.getId());
                    assertEquals(1600, Double.parseDouble(svg.getDocumentElement().getAttribute("width")), chart.getId());
                    String title = onFx(chart::slideTitle);
                    assertTrue(words(svg.getDocumentElement().getTextContent()).contains(words(title)),
                            chart.getId() + "'s SVG carries its title '" + title + "'");
                }
            }
        }
    }

    /** The text without its spaces: a long title wraps over several lines, each a text element of its own. */
    private static String words(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void aChartsTitleSaysItsContextAndFollowsTheSettings(FxRobot robot) throws Exception {
        ChartView tokens = window.distribution().chart().viewer();
        String before = onFx(tokens::slideTitle);
        assertTrue(before.startsWith("P(next | ") && before.contains("\u03bb1 0.1 \u00b7 \u03bb2 0.01 \u00b7 \u03b7 3"),
                before);
        robot.interact(() -> {
            model.objective().lambda1().set(0.5);
            model.objective().stepSize().set(2);
        });
        String after = onFx(tokens::slideTitle);
        assertTrue(after.contains("\u03bb1 0.5") && after.contains("\u03b7 2") && !after.contains("\u03bb1 0.1"), after);
        Path file = dir.resolve("tokens.svg");
        export(robot, exportMenu(robot, "export-svg").get(0), file);
        assertTrue(words(parse(Files.readString(file)).getDocumentElement().getTextContent()).contains(words(after)));
        robot.interact(() -> model.preview().shownProperty().set(false));
        assertFalse(onFx(tokens::slideTitle).contains("\u03bb1"), "without ghost bars the weights do not matter");

        ChartView heatmap = onFx(() -> window.sweepView().heatmapViewer());
        robot.interact(() -> model.sweep().metricProperty().set(SweepMetric.KL));
        assertEquals("KL to the reference (nats) \u00b7 no sweep yet", onFx(heatmap::slideTitle));

        ChartView success = onFx(() -> ChartViewers.under(window.trainingView()).stream()
                .filter(chart -> chart.getId().equals("curve-success-rate")).findFirst().orElseThrow());
        assertEquals("Success rate \u00b7 not trained yet", onFx(success::slideTitle));
        robot.interact(() -> {
            model.training().settings().learningRate().set(0.07);
            model.training().stepOnce();
            runtime.frames.tick(1);
        });
        assertEquals(1, model.training().curveProperty().get().size(), "one update in");
        String trained = onFx(success::slideTitle);
        assertTrue(trained.startsWith("Success rate \u00b7 ") && trained.contains(" 0.07 \u00b7 seed "), trained);
    }

    @Test
    void aBadSizeIsRefusedAndChangesNothingAndAGoodOneIsKeptForTheNextExport(FxRobot robot) throws Exception {
        MenuItem waterfall = window.objective().chart().viewer().getContextMenu().getItems().get(1);
        Path file = dir.resolve("loss.png");
        fixture.nextFile = file;
        robot.interact(waterfall::fire);
        TextField width = robot.lookup("#export-width").queryAs(TextField.class);
        TextField height = robot.lookup("#export-height").queryAs(TextField.class);
        assertEquals(List.of("1600", "900"), List.of(width.getText(), height.getText()), "a slide's size at first");
        for (String[] bad : new String[][] {{"0", "900"}, {"1280", "abc"}, {"99999", "-5"}, {"1280.5", "720"}}) {
            robot.interact(() -> {
                width.setText(bad[0]);
                height.setText(bad[1]);
                robot.lookup("#export-choose-file").queryAs(Button.class).fire();
            });
            assertTrue(exportDialogShowing(robot), "the dialog stays for " + List.of(bad));
            assertEquals(0, fixture.exportsAsked, "no file asked for " + List.of(bad));
        }
        assertEquals("Width must be a whole number; kept 1600",
                robot.lookup("#export-dialog .field-error").queryAs(javafx.scene.control.Label.class).getText());
        robot.interact(() -> robot.lookup("#export-cancel").queryAs(Button.class).fire());
        robot.interact(waterfall::fire);
        assertEquals(List.of("1600", "900"), List.of(width.getText(), height.getText()), "the bad sizes changed nothing");
        assertFalse(Files.exists(file));

        robot.interact(() -> {
            width.setText("1280");
            height.setText("720");
            robot.lookup("#export-choose-file").queryAs(Button.class).fire();
        });
        assertFalse(exportDialogShowing(robot));
        assertEquals(1, fixture.exportsAsked);
        BufferedImage picture = ImageIO.read(file.toFile());
        assertEquals(List.of(1280, 720), List.of(picture.getWidth(), picture.getHeight()));

        robot.interact(window.distribution().chart().viewer().getContextMenu().getItems().get(2)::fire);
        assertEquals(List.of("1280", "720"), List.of(width.getText(), height.getText()), "the last size is offered");
        robot.interact(() -> {
            width.setText("12");
            robot.lookup("#export-cancel").queryAs(Button.class).fire();
        });
        assertFalse(exportDialogShowing(robot));
        assertEquals(1, fixture.exportsAsked, "Cancel exports nothing");
        robot.interact(waterfall::fire);
        assertEquals(List.of("1280", "720"), List.of(width.getText(), height.getText()), "nor changes the size");
    }

    @Test
    void theSizeDialogFitsAProjectorAtTextScale16AndSaysTheTitle(FxRobot robot) throws Exception {
        robot.interact(() -> appearance.textScaleProperty().set(1.6));
        robot.interact(exportMenu(robot, "export-png").get(2)::fire);
        javafx.stage.Window dialog = robot.lookup("#export-dialog").query().getScene().getWindow();
        assertTrue(dialog.getWidth() <= 1280 && dialog.getHeight() <= 720,
                "the dialog is " + dialog.getWidth() + " x " + dialog.getHeight());
        assertEquals(onFx(() -> window.objective().chart().viewer().slideTitle()),
                robot.lookup("#export-slide-title").queryAs(javafx.scene.control.Label.class).getText());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertFalse(exportDialogShowing(robot), "Escape cancels");
        assertEquals(0, fixture.exportsAsked);
    }

    private boolean exportDialogShowing(FxRobot robot) {
        return robot.lookup("#export-dialog").tryQuery().map(node -> node.getScene().getWindow().isShowing())
                .orElse(false);
    }

    /** What Copy picture of the chart's context menu puts on the clipboard. */
    private static Image copy(ChartView chart) {
        Clipboard.getSystemClipboard().clear();
        chart.getContextMenu().getItems().get(0).fire();
        return Clipboard.getSystemClipboard().getImage();
    }

    @Test
    void aChartCopiesToTheClipboardDrawnForASlide(FxRobot robot) {
        ChartView chart = window.objective().chart().viewer();
        List<Image> copied = new ArrayList<>();
        robot.interact(() -> copied.add(copy(chart)));
        assertNotNull(copied.get(0), "an image on the clipboard");
        assertEquals(List.of(1600.0, 900.0), List.of(copied.get(0).getWidth(), copied.get(0).getHeight()));
        assertEquals("Copied Loss terms (waterfall) to the clipboard as a picture (1600 \u00d7 900 pixels)",
                model.statusProperty().get().text());
    }

    @Test
    void everyChartsContextMenuCopiesExportsAndShowsItAcrossTheWindow(FxRobot robot) {
        openRun(robot);
        List<ChartView> charts = new ArrayList<>();
        robot.interact(() -> window.chartsByTab().forEach(tab -> charts.addAll(tab.charts())));
        assertEquals(CHARTS, charts.stream().map(ChartView::getId).toList(), "every chart is tried");
        List<String> problems = new ArrayList<>();
        for (ChartView chart : charts) {
            List<MenuItem> items = onFx(() -> List.copyOf(chart.getContextMenu().getItems()));
            List<String> texts = items.stream().map(MenuItem::getText).toList();
            if (!texts.equals(List.of("Copy picture", "Export as PNG\u2026", "Export as SVG\u2026",
                    "Show across the window"))) {
                problems.add(chart.getId() + ": " + texts);
                continue;
            }
            robot.interact(() -> {
                if (copy(chart) == null) {
                    problems.add(chart.getId() + ": Copy picture put no picture on the clipboard");
                }
            });
            Path file = dir.resolve(chart.getId() + "-from-its-menu.png");
            export(robot, items.get(1), file);
            if (!Files.exists(file)) {
                problems.add(chart.getId() + ": Export as PNG wrote no file");
            }
            robot.interact(() -> {
                items.get(3).fire();
                if (window.enlargedChart().shownProperty().get() != chart) {
                    problems.add(chart.getId() + ": Show across the window did not show it");
                }
                window.enlargedChart().close();
            });
        }
        assertEquals(List.of(), problems);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // JFreeSVG writes the SVG 1.1 DOCTYPE; the parser checks well-formedness without fetching its DTD.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}

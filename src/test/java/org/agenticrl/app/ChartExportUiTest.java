package org.agenticrl.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.prefs.BackingStoreException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.agenticrl.app.chart.ChartSvg;
import org.agenticrl.app.chart.ChartViewers;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.shell.ExportActions;
import org.agenticrl.app.shell.MainWindow;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;

/** Every chart of the window exports as a valid SVG that holds its text; a chart copies to the clipboard. */
@ExtendWith(ApplicationExtension.class)
class ChartExportUiTest {
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private final TestRuntime runtime = new TestRuntime();
    private final WindowFixture fixture = new WindowFixture();
    private SessionModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
        window = fixture.show(stage, model, new AppearanceModel(), BackgroundWork.immediate());
        stage.setWidth(1280);
        stage.setHeight(720);
        window.trainingView(); // the tabs behind the Episode tab build their views (and charts) when first shown
        window.sweepView();
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        fixture.forget();
    }

    @Test
    void everyChartExportsAsAValidSvgWithItsText(FxRobot robot) throws Exception {
        Map<String, String> svgs = new TreeMap<>();
        Map<String, List<String>> texts = new TreeMap<>();
        robot.interact(() -> {
            for (ChartViewer viewer : ChartViewers.under(window)) {
                svgs.put(viewer.getId(), ChartSvg.of(viewer.getChart(), 640, 400));
                texts.put(viewer.getId(), textsOf(viewer.getChart()));
            }
        });
        assertEquals(List.of("curve-kl", "curve-kl-to-reference", "curve-mean-return", "curve-rl", "curve-sft",
                "curve-success-rate", "distribution-chart", "drift-chart", "loss-chart", "sweep-heatmap",
                "term-change-chart"), List.copyOf(svgs.keySet()), "every chart of every tab, each named");
        List<String> withoutText = new ArrayList<>();
        for (Map.Entry<String, String> svg : svgs.entrySet()) {
            Document document = parse(svg.getValue());
            assertEquals("svg", document.getDocumentElement().getLocalName(), svg.getKey());
            assertEquals(SVG_NAMESPACE, document.getDocumentElement().getNamespaceURI(), svg.getKey());
            String shown = document.getDocumentElement().getTextContent();
            List<String> wanted = texts.get(svg.getKey());
            if (wanted.isEmpty()) {
                withoutText.add(svg.getKey());
            }
            for (String text : wanted) {
                assertTrue(shown.contains(text), svg.getKey() + " lacks '" + text + "'");
            }
        }
        assertEquals(List.of("sweep-heatmap"), withoutText, "only the heat map has no text before a sweep (SweepUiTest "
                + "checks its SVG after one)");
        assertTrue(texts.get("distribution-chart").contains("need"), "the token chart's tokens are written as text");
    }

    @Test
    void theSvgFileIsWrittenAtTheChartsSizeOnScreen(FxRobot robot, @TempDir Path dir) throws Exception {
        ExportActions export = new ExportActions(model, BackgroundWork.immediate(), () -> null);
        Path file = dir.resolve("tokens.svg");
        ChartViewer viewer = window.distribution().chart().viewer();
        robot.interact(() -> export.writeChartSvg(viewer, file));
        Document document = parse(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(Math.floor(viewer.getWidth()), Double.parseDouble(document.getDocumentElement().getAttribute("width")));
        assertTrue(model.statusProperty().get().text().startsWith("Saved"));
    }

    @Test
    void aChartCopiesToTheClipboardAsAPictureAtTwiceItsSize(FxRobot robot) {
        ExportActions export = new ExportActions(model, BackgroundWork.immediate(), () -> null);
        ChartViewer viewer = window.objective().chart().viewer();
        List<Image> copied = new ArrayList<>();
        robot.interact(() -> {
            Clipboard.getSystemClipboard().clear();
            export.copyChart(viewer);
            copied.add(Clipboard.getSystemClipboard().getImage());
        });
        assertNotNull(copied.get(0), "an image on the clipboard");
        assertEquals(2 * Math.floor(viewer.getWidth()), copied.get(0).getWidth());
        assertTrue(model.statusProperty().get().text().startsWith("Copied Loss terms"));
    }

    @Test
    void everyChartsContextMenuCopiesAndExports(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            for (ChartViewer viewer : ChartViewers.under(window)) {
                List<MenuItem> items = viewer.getContextMenu().getItems();
                List<String> texts = items.stream().map(MenuItem::getText).toList();
                if (!texts.equals(List.of("Copy picture", "Export as PNG (2\u00d7)\u2026", "Export as SVG\u2026"))) {
                    problems.add(viewer.getId() + ": " + texts);
                }
            }
            Clipboard.getSystemClipboard().clear();
            window.distribution().chart().viewer().getContextMenu().getItems().get(0).fire();
            if (!Clipboard.getSystemClipboard().hasImage()) {
                problems.add("Copy picture left no image on the clipboard");
            }
        });
        assertEquals(List.of(), problems);
    }

    /** What the chart writes as text: its title, its axes' labels and its legend's items. */
    private static List<String> textsOf(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        if (chart.getTitle() != null) {
            texts.add(chart.getTitle().getText());
        }
        if (chart.getPlot() instanceof CategoryPlot plot) {
            addLabel(texts, plot.getDomainAxis().getLabel());
            addLabel(texts, plot.getRangeAxis().getLabel());
            if (plot.getDataset() != null) {
                plot.getDataset().getColumnKeys().forEach(key -> texts.add(key.toString()));
            }
        } else if (chart.getPlot() instanceof XYPlot plot) {
            addLabel(texts, plot.getDomainAxis().getLabel());
            addLabel(texts, plot.getRangeAxis().getLabel());
        }
        if (chart.getLegend() != null) {
            LegendItemCollection items = chart.getPlot().getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                texts.add(items.get(i).getLabel());
            }
        }
        return texts;
    }

    private static void addLabel(List<String> texts, String label) {
        if (label != null && !label.isBlank()) {
            texts.add(label);
        }
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

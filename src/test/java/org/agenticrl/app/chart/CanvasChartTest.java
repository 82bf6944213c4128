package org.agenticrl.app.chart;

import static org.agenticrl.app.chart.Drawn.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Font;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.agenticrl.app.theme.Palette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.fx.FXGraphics2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Text on the canvas comes out in the font the chart asked for, also from the second drawing on: jfreechart-fx's
 * ChartCanvas wraps each drawing in the GraphicsContext's save and restore, which FXGraphics2D does not know of.
 */
class CanvasChartTest {
    @BeforeAll
    static void startFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** FXGraphics2D that notes, for each string it draws, the font size asked for and the one the canvas draws in. */
    private static final class Recording extends FXGraphics2D {
        private final GraphicsContext context;
        private final List<double[]> sizes = new ArrayList<>();

        Recording(GraphicsContext context) {
            super(context);
            this.context = context;
        }

        @Override
        public void drawString(String text, float x, float y) {
            sizes.add(new double[] {getFont().getSize2D(), context.getFont().getSize()});
            super.drawString(text, x, y);
        }
    }

    /** The sizes of the second of two drawings, each wrapped in save and restore as ChartCanvas.draw does. */
    private static List<double[]> secondDrawing(JFreeChart chart) {
        return onFx(() -> {
            Canvas canvas = new Canvas(800, 500);
            GraphicsContext context = canvas.getGraphicsContext2D();
            Recording g2 = new Recording(context);
            for (int drawing = 0; drawing < 2; drawing++) {
                g2.sizes.clear();
                context.save();
                chart.draw(g2, new Rectangle(800, 500));
                context.restore();
            }
            return g2.sizes;
        });
    }

    /** A chart whose only text is its title, so that a drawing ends in the font the next one starts with. */
    private static JFreeChart titled(JFreeChart chart) {
        chart.setTitle(new TextTitle("Success rate", new Font("DejaVu Sans", Font.BOLD, 40)));
        return chart;
    }

    @Test
    void everyStringOfASecondDrawingIsInTheFontItAskedFor() {
        for (JFreeChart chart : List.of(ChartSlideTest.tokens(Palette.LIGHT, 2.5).chart(), titled(new CanvasChart(new XYPlot())))) {
            List<double[]> sizes = secondDrawing(chart);
            assertFalse(sizes.isEmpty());
            for (double[] size : sizes) {
                assertEquals(size[0], size[1], 0.01, "asked for " + size[0] + ", drawn in " + size[1]);
            }
        }
    }

    @Test
    void aPlainJFreeChartDrawnTheSameWayLosesItsFont() {
        List<double[]> sizes = secondDrawing(titled(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, new XYPlot(),
                false)));
        assertEquals(1, sizes.size());
        assertNotEquals(sizes.get(0)[0], sizes.get(0)[1],
                "the failure CanvasChart prevents happens without it (else the test above proves nothing)");
    }
}

package org.agenticrl.app.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.awt.Rectangle;
import java.util.function.Function;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.agenticrl.app.theme.Palette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.fx.FXGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A chart on a viewer's canvas is drawn the same way frame after frame: the canvas reuses one FXGraphics2D and
 * restores its graphics context after every frame, which once made the second frame write in the system font.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasChartTest {
    private static final int WIDTH = 400;
    private static final int HEIGHT = 300;

    /** A bar chart without a title, all of whose text is in one font: the case a remembered font got wrong. */
    private static JFreeChart chart(Function<Plot, JFreeChart> make) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(0.4, "p", "calculate(");
        data.addValue(0.6, "p", "finish(");
        JFreeChart chart = make.apply(new CategoryPlot(data, new CategoryAxis("token"), new NumberAxis("probability"),
                new BarRenderer()));
        ChartStyle.apply(chart, Palette.LIGHT, 2.0);
        return chart;
    }

    /** Draws a frame as ChartCanvas does: between a save and a restore of the context, with the same graphics. */
    private static int[] frame(Canvas canvas, FXGraphics2D g2, JFreeChart chart) {
        GraphicsContext context = canvas.getGraphicsContext2D();
        context.save();
        context.clearRect(0, 0, WIDTH, HEIGHT);
        chart.draw(g2, new Rectangle(WIDTH, HEIGHT), null, null);
        context.restore();
        WritableImage image = canvas.snapshot(null, null);
        int[] pixels = new int[WIDTH * HEIGHT];
        image.getPixelReader().getPixels(0, 0, WIDTH, HEIGHT, PixelFormat.getIntArgbInstance(),
                pixels, 0, WIDTH);
        return pixels;
    }

    @Test
    void theSecondFrameOnAReusedCanvasLooksLikeTheFirst() {
        JFreeChart chart = chart(CanvasChart::new);
        int[][] frames = Drawn.onFx(() -> {
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            FXGraphics2D g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
            return new int[][] {frame(canvas, g2, chart), frame(canvas, g2, chart)};
        });
        assertArrayEquals(frames[0], frames[1]);
    }
}

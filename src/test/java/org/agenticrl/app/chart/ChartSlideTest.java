package org.agenticrl.app.chart;

import static org.agenticrl.app.chart.Drawn.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.agenticrl.app.common.Bar;
import org.agenticrl.app.theme.Palette;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/** A chart drawn for a slide: at the size asked for, text sized for the picture, titled, and the chart left as it was. */
class ChartSlideTest {
    @BeforeAll
    static void startFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** A token chart of two bars with its reference's, in that theme and text scale, made on the FX thread. */
    static DistributionChart tokens(Palette palette, double scale) {
        return onFx(() -> {
            DistributionChart chart = new DistributionChart();
            chart.show(List.of(new Bar("I", 0.6, Math.log(0.6), 0.5, true), new Bar("need", 0.4, Math.log(0.4), 0.5,
                    false)), true);
            chart.restyle(palette, scale);
            return chart;
        });
    }

    private static DistributionChart tokens() {
        DistributionChart chart = tokens(Palette.DARK, 1.6);
        chart.viewer().describedBy(() -> "P(next | Action:, start) \u00b7 \u03bb1 0.1");
        return chart;
    }

    @ParameterizedTest
    @CsvSource({"1600, 900, 2.0", "800, 450, 1.0", "1920, 1080, 2.4", "900, 900, 1.125", "320, 180, 0.8"})
    void textIsSizedForThePictureNotTheWindow(int width, int height, double scale) {
        assertEquals(scale, ChartSlide.textScale(width, height), 1e-9);
    }

    @Test
    void aSlideIsExactlyTheSizeAskedForAndCarriesItsTitle() {
        DistributionChart chart = tokens();
        BufferedImage picture = onFx(() -> ChartSlide.png(chart.viewer(), 1280, 720));
        assertEquals(List.of(1280, 720), List.of(picture.getWidth(), picture.getHeight()));
        String svg = onFx(() -> ChartSlide.svg(chart.viewer(), 1280, 720));
        assertTrue(svg.contains("P(next | Action:, start) \u00b7 \u03bb1 0.1"), "the SVG writes the title as text");
        assertTrue(svg.contains("width='1280.0' height='720.0'"), svg.substring(0, 300));
    }

    @Test
    void drawingASlideLeavesTheChartOnScreenAsItWas() {
        DistributionChart chart = tokens();
        List<Font> before = onFx(() -> ChartFonts.of(chart.chart()));
        int subtitles = chart.chart().getSubtitleCount();
        onFx(() -> ChartSlide.png(chart.viewer(), 1600, 900));
        assertEquals(before, onFx(() -> ChartFonts.of(chart.chart())), "the window's text size is back");
        assertNull(chart.chart().getTitle(), "the slide's title is gone from the chart on screen");
        assertEquals(subtitles, chart.chart().getSubtitleCount(), "its legend is the one it had");
    }

    @Test
    void aSizeThatIsNotPositiveIsRefused() {
        DistributionChart chart = tokens();
        AssertionError failed = assertThrows(AssertionError.class, () -> onFx(() -> ChartSlide.svg(chart.viewer(), 0, 900)));
        assertEquals(IllegalArgumentException.class, failed.getCause().getCause().getClass());
    }
}

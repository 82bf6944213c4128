package org.agenticrl.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.agenticrl.app.common.Bar;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** What screen readers hear of a chart is read from the data it draws, in the screen's number style. */
class ChartSentencesTest {
    @Test
    void barsNameTheirCountTheLargestAndTheChosenToken() {
        List<Bar> bars = List.of(new Bar("need", 0.5, Math.log(0.5), 0.5, false),
                new Bar("calculate(", 0.4, Math.log(0.4), 0.3, true), new Bar("8", 0.1, Math.log(0.1), 0.2, false));
        assertEquals("3 tokens, the largest need 50.0%, chosen calculate( 40.0%", ChartSentences.bars(bars));
        assertEquals(ChartSentences.EMPTY, ChartSentences.bars(List.of()));
    }

    @Test
    void linesSayTheirLastPointAlongTheXAxisAndLeaveOutEmptySeries() {
        XYSeries mean = new XYSeries("mean return");
        mean.add(100, 0.5);
        mean.add(200, -0.25);
        XYSeriesCollection data = new XYSeriesCollection(mean);
        data.addSeries(new XYSeries("pinned"));
        XYPlot plot = new XYPlot(data, new NumberAxis("episode"), new NumberAxis(), null);
        assertEquals("mean return: 2 points, last \u22120.25 at episode 200", ChartSentences.lines(plot));
    }

    @Test
    void categoriesGiveEachSeriesSignedAndCountWhatTheyLeaveOut() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        IntStream.range(0, ChartSentences.NAMED + 2).forEach(i -> {
            data.addValue(i - 1, "L_RL", "t" + i);
            data.addValue(0.5, "L_KL", "t" + i);
        });
        String said = ChartSentences.categories(data);
        assertEquals("t0: L_RL \u22121.00, L_KL +0.50; t1: L_RL 0.00, L_KL +0.50", said.substring(0, said.indexOf("; t2")));
        assertEquals("; and 2 more", said.substring(said.lastIndexOf(';')));
    }

    @Test
    void namedValuesKeepTheirOrderAndAnOverflowSaysNoNumber() {
        assertEquals("L_RL \u22120.180; total \u2014",
                ChartSentences.named(List.of("L_RL", "total"), new double[] {-0.18, Double.POSITIVE_INFINITY}));
    }
}

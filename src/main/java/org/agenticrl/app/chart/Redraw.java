package org.agenticrl.app.chart;

import org.jfree.chart.JFreeChart;

/** Batches changes to a chart into one redraw. */
public final class Redraw {
    private Redraw() {
    }

    /**
     * Runs the change with the chart's notification off, then redraws once; inside another batch it leaves the redraw
     * to that batch.
     */
    public static void once(JFreeChart chart, Runnable change) {
        boolean notifying = chart.isNotify();
        chart.setNotify(false);
        try {
            change.run();
        } finally {
            chart.setNotify(notifying);
        }
    }
}

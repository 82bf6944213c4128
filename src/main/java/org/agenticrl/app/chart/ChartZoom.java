package org.agenticrl.app.chart;

import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;

/**
 * What the mouse may zoom on a chart. A ChartViewer zooms on a drag (handler "zoom") and on the mouse wheel (handler
 * "scroll"); its context menu only exports. The wheel is taken away from every chart: the charts sit in scrolling
 * panes, where the wheel must scroll the page rather than zoom whatever chart happens to be under the pointer.
 */
public final class ChartZoom {
    private ChartZoom() {
    }

    /** No zooming at all, for charts laid out to be read whole, such as bar charts. */
    public static void off(ChartViewer viewer) {
        remove(viewer, "zoom");
        remove(viewer, "scroll");
    }

    /** Zooming by dragging a rectangle only; see {@link ZoomableChart} for the way back. */
    static void dragOnly(ChartViewer viewer) {
        remove(viewer, "scroll");
    }

    private static void remove(ChartViewer viewer, String handler) {
        ChartCanvas canvas = viewer.getCanvas();
        var found = canvas.getMouseHandler(handler);
        if (found == null) {
            throw new IllegalStateException("ChartViewer has no mouse handler \"" + handler + "\" to remove");
        }
        canvas.removeMouseHandler(found);
        canvas.removeAuxiliaryMouseHandler(found);
    }
}

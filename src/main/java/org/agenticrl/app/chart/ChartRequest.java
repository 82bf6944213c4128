package org.agenticrl.app.chart;

import javafx.event.Event;
import javafx.event.EventType;
import org.jfree.chart.fx.ChartViewer;

/**
 * Asks for a chart to be copied or exported: fired at its viewer by the chart's context menu, it bubbles up to the
 * window, which knows where files go and how to report. The charts need not know the window.
 */
public final class ChartRequest extends Event {
    public static final EventType<ChartRequest> ANY = new EventType<>(Event.ANY, "CHART_REQUEST");
    private static final long serialVersionUID = 1L;

    /** What is asked for. */
    public enum Action {
        COPY_PICTURE("Copy picture"), EXPORT_PNG("Export as PNG (2\u00d7)\u2026"), EXPORT_SVG("Export as SVG\u2026");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        /** The context menu's text for it. */
        public String label() {
            return label;
        }
    }

    private final transient ChartViewer viewer;
    private final Action action;

    public ChartRequest(ChartViewer viewer, Action action) {
        super(ANY);
        this.viewer = viewer;
        this.action = action;
    }

    public ChartViewer viewer() {
        return viewer;
    }

    public Action action() {
        return action;
    }
}

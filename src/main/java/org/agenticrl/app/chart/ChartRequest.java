package org.agenticrl.app.chart;

import javafx.event.Event;
import javafx.event.EventType;

/**
 * Asks for a chart to be copied, exported or shown across the window: fired at its viewer by the chart's context menu
 * (or a double-click), it bubbles up to the window, which knows where files go, how to report and what covers it. The
 * charts need not know the window.
 */
public final class ChartRequest extends Event {
    public static final EventType<ChartRequest> ANY = new EventType<>(Event.ANY, "CHART_REQUEST");
    private static final long serialVersionUID = 1L;

    /** What is asked for. */
    public enum Action {
        COPY_PICTURE("Copy picture"), EXPORT_PNG("Export as PNG\u2026"), EXPORT_SVG("Export as SVG\u2026"),
        /** Shows the chart across the whole window, or, when it is, back in its place. */
        ACROSS_WINDOW("Show across the window");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        /** The context menu's text for it. */
        public String label() {
            return label;
        }
    }

    private final transient ChartView viewer;
    private final Action action;

    public ChartRequest(ChartView viewer, Action action) {
        super(ANY);
        this.viewer = viewer;
        this.action = action;
    }

    public ChartView viewer() {
        return viewer;
    }

    public Action action() {
        return action;
    }
}

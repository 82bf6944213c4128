package org.agenticrl.app.shell;

/**
 * Which of the Episode tab's three views are on screen: all three side by side, or one across the whole width (for a
 * projector with large text, where three columns no longer fit).
 */
public enum ViewFocus {
    ALL("All three", 0),
    TIMELINE("Timeline", 29),
    TOKENS("Token distribution", 25),
    OBJECTIVE("Training objective", 35);

    /**
     * Room for the two dividers between the columns, so that at the narrowest width at which all three are shown each
     * column still has its minimum; the split pane would otherwise take the dividers' pixels from the last column and
     * cut the loss panel's right edge.
     */
    static final double DIVIDERS_EMS = 1;

    private final String label;
    private final double minimumEms;

    ViewFocus(String label, double minimumEms) {
        this.label = label;
        this.minimumEms = minimumEms;
    }

    public String label() {
        return label;
    }

    /** The narrowest this view can be shown whole, in ems of the window's text (0 for ALL). */
    public double minimumEms() {
        return minimumEms;
    }

    /** The width all three views need side by side, with the dividers between them, in ems. */
    public static double allEms() {
        return TIMELINE.minimumEms + TOKENS.minimumEms + OBJECTIVE.minimumEms + DIVIDERS_EMS;
    }
}

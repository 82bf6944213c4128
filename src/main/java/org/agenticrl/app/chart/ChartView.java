package org.agenticrl.app.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.agenticrl.app.theme.Palette;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A chart as the window shows it: JFreeChart's viewer with the names menus and files call it by, the context menu
 * every chart has (copy, PNG, SVG, across the window, each a {@link ChartRequest} for the window to carry out; a
 * double-click asks for the chart across the window too), the title it carries on a slide, and its look.
 * <p>
 * The chart's owner draws its text and colours through a {@link Style}; it calls {@link #restyle} when the window's
 * theme or text scale changes, never its style directly, so that the chart keeps the larger text it has while shown
 * across the window ({@link #keepTextAtLeast}) or while drawn for a slide ({@link #drawnAt}). Use it on the FX thread.
 */
public final class ChartView extends ChartViewer {
    /** How a chart draws its colours and text at a text scale (1 is the window's normal size). */
    @FunctionalInterface
    public interface Style {
        void apply(Palette palette, double scale);
    }

    /** The context menu's text for undoing {@link ChartRequest.Action#ACROSS_WINDOW}. */
    public static final String BACK = "Back to the window";
    /**
     * How long a single click on a chart that acts on clicks waits for a second click, which would make it a double
     * click (GTK's default double-click time).
     */
    static final Duration DOUBLE_CLICK = Duration.millis(400);
    /** Tries at raising the text to a floor: font sizes are rounded, so a boost may fall a pixel short once. */
    private static final int FLOOR_TRIES = 4;

    private final Style style;
    private Palette palette = Palette.LIGHT;
    private double scale = 1;
    private double textFloor;
    private double boost = 1;
    private boolean enlarged;
    private Supplier<String> slideTitle;
    private BooleanSupplier legendWhenAlone = () -> false;
    /** The legend added while the chart is shown across the window; null otherwise. */
    private LegendTitle aloneLegend;
    /** The chart's own legend, moved to the top while the chart is shown across the window, and where it was. */
    private LegendTitle movedLegend;
    private RectangleEdge movedFrom;

    /**
     * @param id names the chart's files, e.g. "distribution-chart"
     * @param name what menus call the chart, e.g. "Token distribution"; also its title on a slide until
     *             {@link #describedBy} gives a better one
     */
    public ChartView(CanvasChart chart, String id, String name, Style style) {
        super(chart);
        this.style = style;
        rename(id, name);
        List<MenuItem> items = Arrays.stream(ChartRequest.Action.values()).map(action -> {
            MenuItem item = new MenuItem(action.label());
            item.setOnAction(event -> fireEvent(new ChartRequest(this, action)));
            return item;
        }).toList();
        getContextMenu().getItems().setAll(items);
        MenuItem across = items.get(ChartRequest.Action.ACROSS_WINDOW.ordinal());
        getContextMenu().setOnShowing(event -> {
            getCanvas().setTooltipEnabled(false);
            across.setText(enlarged ? BACK : ChartRequest.Action.ACROSS_WINDOW.label());
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && event.isStillSincePress()) {
                fireEvent(new ChartRequest(this, ChartRequest.Action.ACROSS_WINDOW));
            }
        });
    }

    /** Names the chart anew (a chart class shown by several views, such as the token chart). */
    public void rename(String id, String name) {
        setId(id);
        setAccessibleText(name);
        slideTitle = () -> name;
    }

    /** What menus call the chart. */
    public String name() {
        return getAccessibleText();
    }

    /**
     * Gives the chart the title it carries on a slide and across the window: its context and settings, derived by a
     * view model, e.g. "P(next | Action:, start) · λ1 0.1 · λ2 0.01 · η 3". Asked afresh each time it is drawn.
     */
    public void describedBy(Supplier<String> title) {
        slideTitle = Objects.requireNonNull(title);
    }

    /** The chart's title on a slide, as its view model words it now. */
    public String slideTitle() {
        return slideTitle.get();
    }

    /**
     * Whether the chart, shown alone (across the window or on a slide), needs a legend of its series that the window
     * shows outside it (the training curves' pinned runs); asked each time it is shown alone.
     */
    public void legendWhenAlone(BooleanSupplier wanted) {
        legendWhenAlone = Objects.requireNonNull(wanted);
    }

    /**
     * Adds a legend of the plot's series at the bottom, when the chart wants one shown alone and has none, styled
     * at this text scale; the caller removes it.
     *
     * @return the legend added, or null
     */
    LegendTitle addLegendWhenAlone(double scale) {
        if (!legendWhenAlone.getAsBoolean() || getChart().getLegend() != null) {
            return null;
        }
        LegendTitle legend = new LegendTitle(getChart().getPlot());
        legend.setPosition(RectangleEdge.BOTTOM);
        ChartStyle.legend(legend, palette, scale);
        getChart().addLegend(legend);
        return legend;
    }

    /**
     * Runs an action on a single click, once it is clear that the click is not the first of a double click (which
     * shows the chart across the window): a click that acts at once would have acted, and likely moved the view away,
     * before the second click came. A chart shown across the window goes back to its place first, so that what the
     * action opens is seen.
     */
    public void onSingleClick(Consumer<ChartMouseEventFX> action) {
        PauseTransition wait = new PauseTransition(DOUBLE_CLICK);
        ChartMouseEventFX[] pending = new ChartMouseEventFX[1];
        wait.setOnFinished(event -> {
            if (enlarged) {
                fireEvent(new ChartRequest(this, ChartRequest.Action.ACROSS_WINDOW));
            }
            action.accept(pending[0]);
        });
        addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                MouseEvent trigger = event.getTrigger();
                if (trigger.getButton() != MouseButton.PRIMARY || !trigger.isStillSincePress()) {
                    return;
                }
                if (trigger.getClickCount() == 1) {
                    pending[0] = event;
                    wait.playFromStart();
                } else {
                    wait.stop();
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
            }
        });
    }

    /** Draws the chart in the window's theme and text scale (times the boost it has while shown across the window). */
    public void restyle(Palette newPalette, double newScale) {
        palette = newPalette;
        scale = newScale;
        applyStyle();
    }

    /** The palette the chart is drawn in. */
    public Palette palette() {
        return palette;
    }

    /** How much larger than the window's text scale the chart's text is drawn now: 1 unless raised to a floor. */
    public double textBoost() {
        return boost;
    }

    /**
     * Raises the chart's text until its smallest font (see {@link ChartFonts#smallest}) is at least this many pixels,
     * and keeps it so through later restyles; 0 gives it back the window's text scale. The chart redraws once.
     */
    void keepTextAtLeast(double pixels) {
        textFloor = pixels;
        applyStyle();
    }

    /**
     * Whether the chart is shown across the window: its context menu then offers to undo it; its own title is hidden
     * (the window shows its slide title above it); it gets the legend it wants when alone; and its legend goes to the
     * top, where it is seen before a chart taller than the window is scrolled. The chart redraws once.
     */
    void enlarged(boolean value) {
        enlarged = value;
        Redraw.once(getChart(), () -> {
            if (getChart().getTitle() != null) {
                getChart().getTitle().setVisible(!value);
            }
            if (value) {
                aloneLegend = addLegendWhenAlone(scale);
                movedLegend = getChart().getLegend();
                if (movedLegend != null) {
                    movedFrom = movedLegend.getPosition();
                    movedLegend.setPosition(RectangleEdge.TOP);
                }
            } else {
                if (aloneLegend != null) {
                    getChart().removeSubtitle(aloneLegend);
                    aloneLegend = null;
                }
                // Also when the chart dropped its legend meanwhile: it may show it again later.
                if (movedLegend != null) {
                    movedLegend.setPosition(movedFrom);
                    movedLegend = null;
                }
            }
        });
    }

    /**
     * Runs a drawing with the chart styled at this text scale (no boost), then styles it back; the chart on screen
     * redraws once, after it. For drawing the chart at a size other than the window's, such as a slide's.
     */
    void drawnAt(double drawingScale, Runnable drawing) {
        Redraw.once(getChart(), () -> {
            try {
                style.apply(palette, drawingScale);
                drawing.run();
            } finally {
                applyStyle();
            }
        });
    }

    private void applyStyle() {
        Redraw.once(getChart(), () -> {
            boost = 1;
            style.apply(palette, scale);
            for (int tries = 0; textFloor > 0 && tries < FLOOR_TRIES; tries++) {
                double smallest = ChartFonts.smallest(getChart());
                if (smallest >= textFloor) {
                    break;
                }
                // Fonts have whole sizes: raise by at least a pixel, or the rounding keeps the floor out of reach.
                boost *= Math.max(textFloor / smallest, (smallest + 1) / smallest);
                style.apply(palette, scale * boost);
            }
        });
    }
}

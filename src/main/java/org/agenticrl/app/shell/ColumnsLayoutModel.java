package org.agenticrl.app.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.agenticrl.app.common.Format;

/**
 * Decides what the Episode tab shows: the views the user asked for ({@link #requestedProperty()}), unless all three
 * were asked for and they do not fit the window's width at its text size; then one view at a time, with a switcher,
 * so that every view is always shown whole. Widths are compared in ems, so larger text needs a wider window; when all
 * three do not fit, {@link #whyNotAll()} says so in a sentence with the numbers.
 */
public final class ColumnsLayoutModel {
    private final ObjectProperty<ViewFocus> requested = new SimpleObjectProperty<>(this, "requested", ViewFocus.ALL);
    private final ObjectProperty<ViewFocus> single = new SimpleObjectProperty<>(this, "single", ViewFocus.TIMELINE);
    private final DoubleProperty width = new SimpleDoubleProperty(this, "width", Double.MAX_VALUE);
    private final DoubleProperty em = new SimpleDoubleProperty(this, "em", 14);
    private final BooleanBinding allFit = Bindings.createBooleanBinding(
            () -> width.get() >= ViewFocus.allEms() * em.get(), width, em);
    private final ObjectBinding<ViewFocus> shown = Bindings.createObjectBinding(
            () -> requested.get() != ViewFocus.ALL ? requested.get() : allFit.get() ? ViewFocus.ALL : single.get(),
            requested, single, allFit);
    private final StringBinding whyNotAll = Bindings.createStringBinding(() -> allFit.get() ? ""
            : "All three views need " + Format.whole(ViewFocus.allEms()) + " em (" + Format.grouped(
                    Math.ceil(ViewFocus.allEms() * em.get() - 1e-9)) + " px at this text size); the window has "
                    + Format.grouped(Math.floor(width.get())) + " px for them: make the text smaller (Ctrl \u2212) "
                    + "or the window wider",
            allFit, width, em);

    /** Shows a view (or all three, when they fit); a single view is remembered as the one to fall back to. */
    public void request(ViewFocus focus) {
        if (focus != ViewFocus.ALL) {
            single.set(focus);
        }
        requested.set(focus);
    }

    /**
     * The view to show when all three do not fit, without changing what was asked for (a lesson's chapter falls back
     * to the view that holds its evidence); ALL changes nothing.
     */
    public void fallBackTo(ViewFocus focus) {
        if (focus != ViewFocus.ALL) {
            single.set(focus);
        }
    }

    /** What the user asked for last. */
    public ObjectProperty<ViewFocus> requestedProperty() {
        return requested;
    }

    /** What is on screen: never ALL when the three views do not fit. */
    public ObjectBinding<ViewFocus> shownProperty() {
        return shown;
    }

    /** Whether all three views fit side by side. */
    public BooleanBinding allFit() {
        return allFit;
    }

    /**
     * Why all three views are not shown side by side, with the width they need at this text size, the width there is
     * and what to change; empty while they fit.
     */
    public StringBinding whyNotAll() {
        return whyNotAll;
    }

    /** The width the Episode tab has, in pixels. */
    public DoubleProperty widthProperty() {
        return width;
    }

    /** The size of the window's text (1 em), in pixels. */
    public DoubleProperty emProperty() {
        return em;
    }
}

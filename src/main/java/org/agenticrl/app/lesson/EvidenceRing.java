package org.agenticrl.app.lesson;

import java.util.Optional;
import java.util.function.DoubleSupplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.agenticrl.app.controls.FocusMarks;
import org.agenticrl.engine.session.Focus;

/**
 * The ring around what the presented chapter points at. Laid over the window (it takes no clicks), it finds the
 * chapter's {@link Focus} among the marked nodes of the content ({@link FocusMarks}), scrolls every scroll pane around
 * it so that it is wholly in view, and then follows it on every layout: the ring is drawn around the part that is
 * visible and is hidden while none is. The evidence is brought back into view during the first {@value
 * #REVEAL_PULSES} layouts after a chapter is shown (a view may scroll itself once more as the chapter's state arrives,
 * as the timeline follows playback), and never after the reader scrolls or clicks.
 */
public final class EvidenceRing extends Pane {
    static final String RING = "evidence-ring";
    /** Space between the evidence and the ring, in ems. */
    private static final double MARGIN_EMS = 0.2;
    /** Space between the evidence and a scroll pane's edge when it is scrolled into view, in ems: the ring's and more. */
    private static final double VIEW_MARGIN_EMS = 0.8;
    private static final int REVEAL_PULSES = 4;

    private final Parent content;
    private final ObservableValue<Optional<Focus>> focus;
    private final DoubleSupplier em;
    private final Rectangle ring = new Rectangle();
    private int revealPulses;
    private Scene listening;

    /**
     * @param content where the evidence is looked for: the window's content, under this overlay
     * @param focus what to ring; empty for nothing
     * @param em the size of the window's text, in pixels: the ring's margins grow with it
     * @param shown changes whenever a chapter is shown, even one with the same focus as the last: the evidence is
     *              scrolled into view again
     */
    public EvidenceRing(Parent content, ObservableValue<Optional<Focus>> focus, DoubleSupplier em,
                        Observable... shown) {
        this.content = content;
        this.focus = focus;
        this.em = em;
        setId("evidence-ring");
        setMouseTransparent(true);
        setManaged(true);
        ring.getStyleClass().add(RING);
        ring.setManaged(false);
        ring.setVisible(false);
        getChildren().add(ring);
        Runnable afterLayout = this::follow;
        InvalidationListener reveal = changed -> {
            revealPulses = focus.getValue().isPresent() ? REVEAL_PULSES : 0;
            requestLayout();
        };
        focus.addListener(reveal);
        for (Observable chapter : shown) {
            chapter.addListener(reveal);
        }
        sceneProperty().addListener((o, before, after) -> {
            if (listening != null) {
                listening.removePostLayoutPulseListener(afterLayout);
            }
            listening = after;
            if (after != null) {
                after.addPostLayoutPulseListener(afterLayout);
                after.addEventFilter(ScrollEvent.ANY, event -> revealPulses = 0);
                after.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> revealPulses = 0);
            }
        });
    }

    /** Where the evidence is visible now, in scene coordinates; empty when it is not found or wholly hidden. */
    public Optional<Bounds> visibleEvidence() {
        return focus.getValue().flatMap(wanted -> FocusMarks.find(content, wanted)).flatMap(EvidenceRing::visiblePart);
    }

    /** Where the evidence is, whole, in scene coordinates, visible or not; empty when no shown node holds it. */
    public Optional<Bounds> evidence() {
        return focus.getValue().flatMap(wanted -> FocusMarks.find(content, wanted))
                .map(spot -> spot.node().localToScene(spot.local()));
    }

    private void follow() {
        Optional<FocusMarks.Spot> spot = focus.getValue().flatMap(wanted -> FocusMarks.find(content, wanted));
        Optional<Bounds> shown = spot.flatMap(EvidenceRing::visiblePart);
        if (spot.isPresent() && revealPulses > 0) {
            revealPulses--;
            Bounds whole = spot.get().node().localToScene(spot.get().local());
            if (shown.isEmpty() || !contains(shown.get(), whole)) {
                reveal(spot.get(), VIEW_MARGIN_EMS * em.getAsDouble());
                shown = spot.flatMap(EvidenceRing::visiblePart);
            }
        }
        ring.setVisible(shown.isPresent());
        shown.ifPresent(this::surround);
    }

    private void surround(Bounds scene) {
        Bounds local = sceneToLocal(scene);
        double pad = MARGIN_EMS * em.getAsDouble();
        ring.setX(local.getMinX() - pad);
        ring.setY(local.getMinY() - pad);
        ring.setWidth(local.getWidth() + 2 * pad);
        ring.setHeight(local.getHeight() + 2 * pad);
    }

    /**
     * Scrolls each scroll pane around the spot, innermost first, by as little as brings it wholly into view with a
     * margin; a spot taller or wider than the view is shown from its top or left edge.
     */
    static void reveal(FocusMarks.Spot spot, double margin) {
        for (Node at = spot.node(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node inner = scroll.getContent();
                Bounds target = inner.sceneToLocal(spot.node().localToScene(spot.local()));
                Bounds all = inner.getLayoutBounds();
                Bounds view = scroll.getViewportBounds();
                scroll.setVvalue(scrolled(scroll.getVvalue(), scroll.getVmin(), scroll.getVmax(),
                        target.getMinY() - all.getMinY(), target.getHeight(), all.getHeight(), view.getHeight(), margin));
                scroll.setHvalue(scrolled(scroll.getHvalue(), scroll.getHmin(), scroll.getHmax(),
                        target.getMinX() - all.getMinX(), target.getWidth(), all.getWidth(), view.getWidth(), margin));
                scroll.layout();
            }
        }
    }

    /**
     * The scroll value that shows [start, start + size) of content within a view, moving the view as little as it
     * can from where value puts it.
     */
    static double scrolled(double value, double min, double max, double start, double size, double content,
                           double view, double margin) {
        double range = content - view;
        if (range <= 0 || max <= min) {
            return value;
        }
        double top = (value - min) / (max - min) * range;
        double wantedTop = top;
        if (size + 2 * margin > view || start - margin < top) {
            wantedTop = start - margin;
        } else if (start + size + margin > top + view) {
            wantedTop = start + size + margin - view;
        }
        wantedTop = Math.max(0, Math.min(range, wantedTop));
        return min + wantedTop / range * (max - min);
    }

    /**
     * The part of the spot that is on screen, in scene coordinates: clipped by every scroll pane's view around it and
     * by the scene; empty when nothing of it shows.
     */
    static Optional<Bounds> visiblePart(FocusMarks.Spot spot) {
        Bounds part = spot.node().localToScene(spot.local());
        for (Node at = spot.node().getParent(); at != null && part != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll) {
                part = intersection(part, scroll.localToScene(viewport(scroll)));
            }
        }
        Scene scene = spot.node().getScene();
        if (part != null && scene != null) {
            part = intersection(part, new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()));
        }
        return Optional.ofNullable(part);
    }

    /** Where a scroll pane shows its content, in its own coordinates: inside its border, without its scroll bars. */
    private static Bounds viewport(ScrollPane scroll) {
        Bounds size = scroll.getViewportBounds();
        return new BoundingBox(scroll.getInsets().getLeft(), scroll.getInsets().getTop(), size.getWidth(),
                size.getHeight());
    }

    /** Whether outer holds inner, give or take half a pixel of layout rounding. */
    static boolean contains(Bounds outer, Bounds inner) {
        double tolerance = 0.5;
        return inner.getMinX() >= outer.getMinX() - tolerance && inner.getMinY() >= outer.getMinY() - tolerance
                && inner.getMaxX() <= outer.getMaxX() + tolerance && inner.getMaxY() <= outer.getMaxY() + tolerance;
    }

    /** The overlap of two rectangles, null when they do not overlap. */
    static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX <= minX || maxY <= minY ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }
}

package org.agenticrl.app.web;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.agenticrl.app.chart.ChartViewers;
import org.agenticrl.app.controls.Scrolling;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.theme.Palette;
import org.jfree.chart.fx.ChartViewer;

/**
 * Takes a presented chapter's view for its web page: a picture of the view at twice its size with its charts and any
 * speaker notes left blank, each chart on screen drawn as SVG for its place, and where the evidence the caption talks
 * about is. Call {@link #of} on the FX thread once the chapter has settled; {@link Taken#view()} makes the PNG, on any
 * thread.
 */
public final class ChapterCapture {
    /** The picture's pixels per CSS pixel: sharp on a phone's or a laptop's high-density screen. */
    static final double SCALE = 2;

    /**
     * What was taken of one view in one look; the picture is not yet a PNG.
     *
     * @param width the view's width in CSS pixels
     * @param height its height
     */
    public record Taken(boolean dark, BufferedImage picture, double width, double height,
                        List<LessonPage.Chart> charts, Optional<LessonPage.Box> focus) {
        /** The view as the page keeps it, with the picture as a PNG ({@link PalettePng}). */
        public LessonPage.View view() {
            return new LessonPage.View(dark, PalettePng.of(picture), width, height, charts, focus);
        }
    }

    private ChapterCapture() {
    }

    /**
     * Takes the view as it is on screen.
     *
     * @param view the tab's content on screen
     * @param evidence the visible part of what the chapter points at, in scene coordinates; empty for nothing
     * @param dark whether the window is in the dark theme
     * @param ids prefixes the ids the charts' drawings define, unique in the page
     */
    public static Taken of(Node view, Optional<Bounds> evidence, boolean dark, String ids) {
        Bounds area = view.localToScene(view.getLayoutBounds());
        List<LessonPage.Chart> charts = new ArrayList<>();
        List<Node> blank = new ArrayList<>(view.lookupAll("." + Styles.SPEAKER_NOTES));
        for (ChartViewer viewer : ChartViewers.under(view)) {
            Optional<Bounds> shown = shown(viewer, view).flatMap(chart -> Scrolling.visiblePart(viewer,
                    viewer.getLayoutBounds())).map(part -> Scrolling.intersection(part, area));
            if (shown.isEmpty()) {
                continue;
            }
            Bounds whole = viewer.localToScene(viewer.getLayoutBounds());
            charts.add(new LessonPage.Chart(OnScreenChartSvg.of(viewer, whole.getWidth(), whole.getHeight(),
                    ids + "-" + charts.size() + "-"), box(whole, area), box(shown.get(), area)));
            blank.add(viewer);
        }
        Optional<LessonPage.Box> focus = evidence.map(spot -> Scrolling.intersection(spot, area))
                .map(spot -> box(spot, area));
        return new Taken(dark, picture(view, blank, dark), area.getWidth(), area.getHeight(), charts, focus);
    }

    /** The viewer, when it and every node between it and the view are visible. */
    private static Optional<ChartViewer> shown(ChartViewer viewer, Node view) {
        for (Node at = viewer; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return Optional.empty();
            }
            if (at == view) {
                return viewer.getScene() == null ? Optional.empty() : Optional.of(viewer);
            }
        }
        return Optional.empty();
    }

    private static LessonPage.Box box(Bounds scene, Bounds area) {
        return new LessonPage.Box(scene.getMinX() - area.getMinX(), scene.getMinY() - area.getMinY(), scene.getWidth(),
                scene.getHeight());
    }

    /** The view at twice its size, with the blank nodes left out (what is behind them shows). */
    private static BufferedImage picture(Node view, List<Node> blank, boolean dark) {
        List<Double> opacities = blank.stream().map(Node::getOpacity).toList();
        blank.forEach(node -> node.setOpacity(0));
        try {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setTransform(Transform.scale(SCALE, SCALE));
            parameters.setFill(Color.web((dark ? Palette.DARK : Palette.LIGHT).pane()));
            return SwingFXUtils.fromFXImage(view.snapshot(parameters, null), null);
        } finally {
            for (int i = 0; i < blank.size(); i++) {
                blank.get(i).setOpacity(opacities.get(i));
            }
        }
    }
}

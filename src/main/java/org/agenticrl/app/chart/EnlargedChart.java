package org.agenticrl.app.chart;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.agenticrl.app.controls.Styles;
import org.jfree.chart.event.ChartChangeListener;

/**
 * One chart across the whole window, for the back row of a lecture hall: the very chart of its view (taken out of its
 * place, where a {@link StandIn} keeps the layout as it was), so it stays live, under its slide title and a button
 * back. While shown, the chart's text is at least the size of a lesson caption's body text (app.css's
 * {@code .lesson-caption-text}, which grows with the text scale), also after the theme or the text scale changes; a
 * chart that then needs more height than the window has (a bar per token) scrolls. Closing puts the chart back
 * exactly where it was, at its own text size, and the focus back where it was.
 * <p>
 * The window lays it over everything and asks it: {@link #isOpen()}, {@link #close()}, {@link #toggle} (a chart's
 * request, a double-click) and {@link #toggleUnder} (the Z key). Use on the FX thread.
 */
public final class EnlargedChart extends VBox {
    private final ReadOnlyObjectWrapper<ChartView> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final Label title = new Label();
    private final StackPane holder = new StackPane();
    private final ScrollPane scroll = new ScrollPane(holder);
    /** Text styled as a lesson caption's body, never shown: what the chart's smallest text must reach. */
    private final Text captionProbe = new Text("Ag");
    private final ChartChangeListener retitle = event -> retitle();
    private StandIn standIn;
    private Node focusBefore;

    public EnlargedChart() {
        setId("enlarged-chart");
        getStyleClass().add(Styles.ENLARGED_CHART);
        title.setId("enlarged-chart-title");
        title.getStyleClass().add(Styles.ENLARGED_CHART_TITLE);
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setMinHeight(Label.USE_PREF_SIZE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Button back = new Button("\u2715  " + ChartView.BACK);
        back.setId("enlarged-chart-close");
        back.setMinWidth(Button.USE_PREF_SIZE);
        back.setTooltip(new Tooltip("Escape, Z or a double-click on the chart also bring the window back"));
        back.setOnAction(event -> close());
        captionProbe.getStyleClass().add(Styles.LESSON_CAPTION_TEXT);
        captionProbe.setManaged(false);
        captionProbe.setVisible(false);
        captionProbe.fontProperty().addListener((o, before, after) -> {
            if (isOpen()) {
                raiseText();
            }
        });
        HBox header = new HBox(12, title, back, captionProbe);
        header.setAlignment(Pos.CENTER_LEFT);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Styles.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll);
        setVisible(false);
    }

    /** Whether a chart is shown across the window. */
    public boolean isOpen() {
        return shown.get() != null;
    }

    /** The chart shown across the window; null while none is. */
    public ReadOnlyObjectProperty<ChartView> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Shows the chart across the window, or puts it back if it is the one shown (another one shown goes back first). */
    public void toggle(ChartView chart) {
        boolean wasShown = chart == shown.get();
        close();
        if (!wasShown) {
            show(chart);
        }
    }

    /**
     * The Z key: puts the chart shown back; otherwise shows the chart under the mouse pointer, or else the chart that
     * has the keyboard focus (or holds it), among the charts under root.
     *
     * @return whether there was a chart to show or put back
     */
    public boolean toggleUnder(Node root, Node focusOwner) {
        if (isOpen()) {
            close();
            return true;
        }
        Optional<ChartView> chart = ChartViewers.under(root).stream().filter(Node::isHover).findFirst()
                .or(() -> focusedChart(focusOwner));
        chart.ifPresent(this::show);
        return chart.isPresent();
    }

    private static Optional<ChartView> focusedChart(Node focusOwner) {
        for (Node node = focusOwner; node != null; node = node.getParent()) {
            if (node instanceof ChartView chart) {
                return Optional.of(chart);
            }
        }
        return Optional.empty();
    }

    /** Puts the chart shown back in its place at its own text size, and the focus where it was; nothing if none is. */
    public void close() {
        ChartView chart = shown.get();
        if (chart == null) {
            return;
        }
        chart.getChart().removeChangeListener(retitle);
        chart.enlarged(false);
        chart.keepTextAtLeast(0);
        holder.getChildren().clear();
        standIn.giveBack();
        standIn = null;
        setVisible(false);
        shown.set(null);
        if (focusBefore != null && focusBefore.getScene() == getScene()) {
            focusBefore.requestFocus();
        }
        focusBefore = null;
    }

    private void show(ChartView chart) {
        focusBefore = getScene() == null ? null : getScene().getFocusOwner();
        Node placed = chart.getParent() instanceof ZoomableChart zoomable ? zoomable : chart;
        standIn = new StandIn(placed);
        holder.getChildren().setAll(placed);
        shown.set(chart);
        chart.enlarged(true);
        setVisible(true);
        raiseText();
        retitle();
        chart.getChart().addChangeListener(retitle);
        scroll.setVvalue(0);
        chart.requestFocus();
    }

    /**
     * Raises the chart's text to the caption's size, and gives it the height its rows need at that size (its own
     * minimum height, scaled as its text was).
     */
    private void raiseText() {
        shown.get().keepTextAtLeast(captionSize());
        holder.setMinHeight(standIn.getMinHeight() * shown.get().textBoost());
    }

    private void retitle() {
        title.setText(shown.get().slideTitle());
    }

    /** The text size the chart's smallest text is kept at while shown: a lesson caption's body size, in pixels. */
    public double captionSize() {
        captionProbe.applyCss();
        return captionProbe.getFont().getSize();
    }
}

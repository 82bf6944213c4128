package org.agenticrl.app.training;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.agenticrl.app.controls.Scrolling;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.app.theme.Stylesheets;
import org.agenticrl.engine.loss.LossSettings;

/**
 * The Training tab: controls and settings, the live curves, and where the policy moved, side by side when the window
 * is wide enough for all three at its text size; otherwise where the policy moved goes under the curves, in the same
 * scrolling column, so that no column is squeezed below the width it reads at. Widths are in ems, so larger text needs
 * a wider window.
 */
public final class TrainingView extends SplitPane {
    /** The narrowest each column reads at, in ems of the window's text. */
    static final double CONTROLS_EMS = 22;
    static final double CURVES_EMS = 30;
    static final double DRIFT_EMS = 20;

    private final TrainingCurves curves;
    private final DriftView drift;
    private final ScrollPane controlsColumn;
    private final VBox results = new VBox();
    private final ScrollPane resultsColumn = Scrolling.of(results);
    private final ScrollPane driftColumn;
    /** A field, not a local: a binding only its dependencies' weak listeners reach is collected, listener and all. */
    private final BooleanBinding threeFit;

    /**
     * @param lossSettings the loss panel's objective, which "Use the loss panel's objective" copies
     * @param watch plays a fresh episode of the current policy where the user can see it
     */
    public TrainingView(TrainingModel training, DriftModel driftModel, Supplier<LossSettings> lossSettings,
                        AppearanceModel appearance, Runnable watch) {
        setId("training");
        curves = new TrainingCurves(training, appearance);
        drift = new DriftView(driftModel, appearance);
        driftColumn = Scrolling.of(drift);
        controlsColumn = Scrolling.of(new TrainingControls(training, lossSettings, watch));
        SplitPane.setResizableWithParent(controlsColumn, false);
        VBox.setVgrow(curves, Priority.ALWAYS);
        DoubleBinding em = appearance.textScaleProperty().multiply(Stylesheets.BASE_FONT);
        controlsColumn.minWidthProperty().bind(em.multiply(CONTROLS_EMS));
        resultsColumn.minWidthProperty().bind(em.multiply(CURVES_EMS));
        driftColumn.minWidthProperty().bind(em.multiply(DRIFT_EMS));
        threeFit = Bindings.createBooleanBinding(() -> getWidth() >= (CONTROLS_EMS + CURVES_EMS + DRIFT_EMS) * em.get(),
                widthProperty(), em);
        threeFit.addListener((o, before, fit) -> arrange(fit, em.get()));
        arrange(threeFit.get(), em.get());
    }

    /** Three columns, or two with where the policy moved under the curves; the settings column at its least width. */
    private void arrange(boolean three, double em) {
        if (three) {
            results.getChildren().setAll(curves);
            driftColumn.setContent(drift);
            getItems().setAll(controlsColumn, resultsColumn, driftColumn);
            double all = CONTROLS_EMS + CURVES_EMS + DRIFT_EMS;
            setDividerPositions(CONTROLS_EMS / all, (CONTROLS_EMS + CURVES_EMS) / all);
        } else {
            driftColumn.setContent(null);
            results.getChildren().setAll(curves, drift);
            getItems().setAll(controlsColumn, resultsColumn);
            setDividerPositions(getWidth() > 0 ? CONTROLS_EMS * em / getWidth() : 0.3);
        }
    }

    /** The six learning curves, in the order they are laid out. */
    public List<CurveChart> curves() {
        return curves.charts();
    }

    /** The number of points of the current run on each of the six curves. */
    public int[] curvePoints() {
        return curves.charts().stream().mapToInt(CurveChart::points).toArray();
    }
}

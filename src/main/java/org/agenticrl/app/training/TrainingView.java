package org.agenticrl.app.training;

import java.util.function.Supplier;
import javafx.scene.control.SplitPane;
import org.agenticrl.app.controls.Scrolling;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.loss.LossSettings;

/** The Training tab: controls and settings, the live curves, and where the policy moved. */
public final class TrainingView extends SplitPane {
    private final TrainingCurves curves;

    /**
     * @param lossSettings the loss panel's objective, which "Use the loss panel's objective" copies
     * @param watch plays a fresh episode of the current policy where the user can see it
     */
    public TrainingView(TrainingModel training, DriftModel drift, Supplier<LossSettings> lossSettings,
                        AppearanceModel appearance, Runnable watch) {
        setId("training");
        curves = new TrainingCurves(training, appearance);
        getItems().addAll(Scrolling.of(new TrainingControls(training, lossSettings, watch)), curves,
                Scrolling.of(new DriftView(drift, appearance)));
        setDividerPositions(0.29, 0.69);
    }

    /** The number of points of the current run on each of the six curves. */
    public int[] curvePoints() {
        return curves.charts().stream().mapToInt(CurveChart::points).toArray();
    }
}

package org.agenticrl.app.training;

import javafx.scene.control.SplitPane;
import org.agenticrl.app.controls.Scrolling;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.theme.AppearanceModel;

/** The Training tab: controls and settings, the live curves, and where the policy moved. */
public final class TrainingView extends SplitPane {
    private final TrainingCurves curves;

    /** @param watch plays a fresh episode of the current policy where the user can see it */
    public TrainingView(SessionModel model, AppearanceModel appearance, Runnable watch) {
        setId("training");
        curves = new TrainingCurves(model.training(), appearance);
        getItems().addAll(Scrolling.of(new TrainingControls(model.training(), model.objective()::settings, watch)), curves,
                Scrolling.of(new DriftView(model.drift(), appearance)));
        setDividerPositions(0.29, 0.69);
    }

    /** The number of points of the current run on each of the six curves. */
    public int[] curvePoints() {
        return curves.charts().stream().mapToInt(chart -> chart.points()).toArray();
    }
}

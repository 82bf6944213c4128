package org.agenticrl.app.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.agenticrl.app.theme.Palette;
import org.agenticrl.engine.training.EpisodeStats;
import org.agenticrl.engine.training.TrainingMetrics;
import org.agenticrl.engine.training.gradient.ObjectiveValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A training curve's chart on its own. */
@ExtendWith(ApplicationExtension.class)
class CurveChartTest {
    private static TrainingMetrics update(int n) {
        return new TrainingMetrics(n, 8 * n, new EpisodeStats(8, 0.5, 0.5, n, 2), new ObjectiveValue(-1, 0.5, 0.1, 0.2), 1);
    }

    @Test
    void theSameSettingsPinnedTwiceAreBothDrawn(FxRobot robot) {
        List<TrainingMetrics> curve = List.of(update(1), update(2), update(3));
        String label = "seed-calculator \u00b7 process \u00b7 grpo\u00d78 \u00b7 sgd 3";
        AtomicInteger drawn = new AtomicInteger();
        robot.interact(() -> {
            CurveChart chart = new CurveChart("Mean return", metrics -> metrics.batch().meanReturn(), null);
            chart.showPins(List.of(new PinnedRun(label, curve), new PinnedRun(label, curve)), Palette.LIGHT);
            drawn.set(chart.pinsDrawn());
        });
        assertEquals(2, drawn.get());
    }
}

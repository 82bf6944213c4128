package org.agenticrl.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.sweep.Sweep;
import org.agenticrl.engine.sweep.SweepCell;
import org.agenticrl.engine.sweep.SweepListener;
import org.agenticrl.engine.sweep.SweepParameter;
import org.agenticrl.engine.sweep.SweepResult;
import org.junit.jupiter.api.Test;

/** The Sweep tab's model: the engine's sweep, delivered once a frame, cancelled at once, and a cell's agent on screen. */
class SweepModelTest {
    private final TestRuntime runtime = new TestRuntime();
    private final SessionModel model = new SessionModel(ScenarioLoader.seed(), runtime.runtime);
    private final SweepModel sweep = model.sweep();

    private void smallGrid() {
        sweep.x().textProperty().set("0, 0.1");
        sweep.y().textProperty().set("0.01 1");
        sweep.episodes().set(16);
        sweep.seeds().set(2);
        sweep.evaluation().set(20);
        sweep.threads().set(2);
    }

    @Test
    void theCellsAreTheEnginesArrivingOnceAFrame() throws Exception {
        smallGrid();
        sweep.start();
        assertTrue(sweep.running().get());
        SweepResult engine = sweep.awaitWorkers();
        assertTrue(sweep.cellsProperty().get().isEmpty(), "nothing is shown until a frame");
        runtime.sweepFrames.tick(1);
        assertEquals(SweepModel.Status.FINISHED, sweep.statusProperty().get());
        assertFalse(runtime.sweepFrames.running(), "the ticker stops when the sweep has ended");
        List<SweepCell> shown = sweep.cellsProperty().get();
        assertEquals(4, shown.size());
        assertEquals(engine.cells(), shown);
        assertEquals(1.0, sweep.progressProperty().get(), 0.0);
        Sweep oneThread = new Sweep(model.episode().scenario(), sweep.planProperty().get(), 1);
        oneThread.start(new SweepListener() { });
        SweepResult alone = oneThread.await();
        for (int c = 0; c < shown.size(); c++) {
            assertEquals(alone.cells().get(c).mean(), shown.get(c).mean(), "the same cell on one thread");
        }
    }

    /** Frames tick while the workers run, so a frame can fall between the last cells and the end of the sweep. */
    @Test
    void aFinishedSweepShowsEveryCellWhicheverFrameSeesTheEnd() {
        smallGrid();
        sweep.seeds().set(1);
        for (int attempt = 0; attempt < 10; attempt++) {
            sweep.start();
            while (sweep.running().get()) {
                runtime.sweepFrames.tick(1);
            }
            assertEquals(SweepModel.Status.FINISHED, sweep.statusProperty().get());
            assertEquals(4, sweep.cellsProperty().get().size(), "attempt " + attempt);
        }
    }

    @Test
    void loadingACellPutsItsAgentOnScreenAndPinsItsCurve() throws Exception {
        smallGrid();
        sweep.start();
        sweep.awaitWorkers();
        runtime.sweepFrames.tick(1);
        SweepCell cell = sweep.cellsProperty().get().get(1);
        sweep.load(cell);
        assertSame(cell.policy(), model.episode().policyProperty().get());
        String label = model.training().pins().get(model.training().pins().size() - 1).label();
        assertEquals("sweep \u00b7 lambda1 0.1 \u00b7 lambda2 0.01 \u00b7 seed 0", label);
        assertEquals(cell.curve(), model.training().pins().get(model.training().pins().size() - 1).curve());
    }

    @Test
    void cancelStopsAtOnceAndKeepsWhatFinished() throws Exception {
        smallGrid();
        sweep.episodes().set(20000);
        sweep.start();
        sweep.cancel();
        assertEquals(SweepModel.Status.CANCELLED, sweep.statusProperty().get(), "at once, without waiting for a frame");
        assertEquals(SweepResult.Outcome.CANCELLED, sweep.awaitWorkers().outcome());
        runtime.sweepFrames.tick(1);
        assertEquals(SweepModel.Status.CANCELLED, sweep.statusProperty().get());
        assertFalse(sweep.running().get());
    }

    @Test
    void badAxesAreSaidAndNothingRuns() {
        sweep.x().textProperty().set("0, 0.1, abc");
        sweep.start();
        assertEquals(SweepModel.Status.READY, sweep.statusProperty().get());
        assertEquals("'abc' is not a number", sweep.x().problemProperty().get());
        assertTrue(model.statusProperty().get().error());
        sweep.x().textProperty().set("0, 11");
        sweep.start();
        assertTrue(sweep.x().problemProperty().get().contains("between 0 and"), sweep.x().problemProperty().get());
        sweep.x().textProperty().set("0, 0.1");
        sweep.y().parameterProperty().set(SweepParameter.LAMBDA1);
        sweep.start();
        assertTrue(model.statusProperty().get().text().contains("both sweep lambda1"), model.statusProperty().get().text());
        assertNull(sweep.planProperty().get());
    }

    @Test
    void choosingASettingOffersItsDefaultValues() {
        sweep.y().parameterProperty().set(SweepParameter.LR);
        assertEquals("0.3, 1, 3, 10, 30", sweep.y().textProperty().get());
        sweep.y().parameterProperty().set(SweepParameter.GAMMA);
        assertEquals("0, 0.5, 0.9, 0.99, 1", sweep.y().textProperty().get());
    }

    @Test
    void switchingScenariosForgetsTheCellsOfTheOldOne() throws Exception {
        smallGrid();
        sweep.start();
        sweep.awaitWorkers();
        runtime.sweepFrames.tick(1);
        model.scenarios().openBuiltIn("weather");
        assertTrue(sweep.cellsProperty().get().isEmpty());
        assertEquals(SweepModel.Status.READY, sweep.statusProperty().get());
    }
}

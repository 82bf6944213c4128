package org.agenticrl.app.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.ManualClock;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.engine.runs.AdvantageSource;
import org.junit.jupiter.api.Test;

/** The Run tab's models without a window: opening with progress and Cancel, the step's filter and advantages, compare. */
class RunModelTest {
    private static final Path VERL = Path.of("src/test/resources/runs/verl");
    private final List<StatusMessage> reports = new ArrayList<>();

    /** Work queued until the test runs it, as a worker thread would hold it. */
    private static final class QueuedWork implements BackgroundWork {
        final Deque<Runnable> queue = new ArrayDeque<>();
        final List<Runnable> onModel = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            queue.add(() -> BackgroundWork.immediate().run(work, onSuccess, onFailure));
        }

        @Override
        public void onModelThread(Runnable action) {
            onModel.add(action);
        }

        void drain() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }
    }

    private RunModel opened() {
        RunModel runs = new RunModel(BackgroundWork.immediate(), new ManualClock(), reports::add);
        runs.open(VERL);
        runs.openStep(1);
        return runs;
    }

    @Test
    void openingReportsProgressAndCancelLeavesTheWindowAsItWas() {
        QueuedWork work = new QueuedWork();
        RunModel runs = new RunModel(work, new ManualClock(), reports::add);
        runs.open(VERL);
        assertTrue(runs.openingProperty().get());
        runs.cancelOpening();
        assertFalse(runs.openingProperty().get());
        work.drain();
        assertNull(runs.overviewProperty().get(), "the cancelled run is not shown");
        assertEquals("Opening the run was cancelled", reports.get(reports.size() - 1).text());

        runs.open(VERL);
        work.drain();
        work.onModel.forEach(Runnable::run);
        assertEquals(2, runs.overviewProperty().get().steps().size());
        assertFalse(runs.openingProperty().get());
    }

    @Test
    void theFilterKeepsMatchingRowsAndRefusesAComparisonWithoutANumber() {
        StepModel step = opened().step();
        int all = step.rowsProperty().get().size();
        step.filterProperty().set("reward>0.5");
        assertTrue(step.shownRowsProperty().get().stream().allMatch(row -> row.reward() > 0.5));
        assertTrue(step.shownRowsProperty().get().size() < all);
        step.filterProperty().set("7*6");
        assertTrue(step.shownRowsProperty().get().stream().allMatch(row -> row.sample().prompt().contains("7*6")));
        step.filterProperty().set("reward>lots");
        assertTrue(step.filterProblemProperty().get().contains("needs a number"), step.filterProblemProperty().get());
        assertEquals(all, step.shownRowsProperty().get().size(), "a refused filter keeps every row");
    }

    @Test
    void advantagesAreRecomputedAsChosenAndLabelled() {
        StepModel step = opened().step();
        assertEquals(AdvantageSource.GRPO.label(), step.advantageLabelProperty().get(),
                "verl logs no advantage: GRPO, and the label says so");
        step.advantageProperty().set(AdvantageSource.DR_GRPO);
        SampleRow row = step.rowsProperty().get().get(0);
        assertEquals(row.reward() - row.groupMean(), row.advantage(), 1e-12);
        assertEquals(AdvantageSource.DR_GRPO.label(), step.advantageLabelProperty().get());
    }

    @Test
    void aSamplesPromptIsFollowedAtEveryStepOnceItsViewIsShown() {
        RunModel runs = opened();
        SampleRow row = runs.step().rowsProperty().get().get(0);
        runs.openSample(row);
        assertTrue(runs.prompts().visitsProperty().get().isEmpty(), "nothing is read while the view is hidden");
        runs.prompts().shownProperty().set(true);
        List<PromptModel.Visit> visits = runs.prompts().visitsProperty().get();
        assertEquals(List.of(1L, 2L), visits.stream().map(PromptModel.Visit::step).toList());
        assertEquals(row.groupSize(), visits.get(0).group().samples().size());
        assertEquals(row.groupMean(), visits.get(0).group().rewardMean(), 1e-12);
        assertTrue(visits.stream().allMatch(v -> v.group().samples().stream()
                .allMatch(s -> s.prompt().equals(row.sample().prompt()))));
    }

    @Test
    void aSecondRunIsComparedAndAFolderThatIsNoRunLeavesTheComparisonAsItWas(@org.junit.jupiter.api.io.TempDir Path empty) {
        RunModel runs = opened();
        runs.compareWith(Path.of("src/test/resources/runs/trl"));
        RunOverview compared = runs.comparedProperty().get();
        assertEquals(org.agenticrl.engine.runs.RunFormat.TRL, compared.format());
        assertEquals(2, compared.steps().size());
        runs.compareWith(empty);
        assertEquals(compared, runs.comparedProperty().get());
        assertTrue(reports.get(reports.size() - 1).text().contains("nothing in"), reports.toString());
        runs.stopComparing();
        assertNull(runs.comparedProperty().get());
    }

    @Test
    void aOneStepRunOpensOnItsStepAndDrawsItsDistributions() {
        RunModel runs = new RunModel(BackgroundWork.immediate(), new ManualClock(), reports::add);
        runs.open(Path.of("src/test/resources/runs/inspect-current/multiply.eval"));
        assertEquals(1L, runs.step().stepProperty().get());
        assertEquals(6, runs.step().rowsProperty().get().size());
        List<StepValues> values = runs.distributionsProperty().get();
        assertEquals(1, values.size());
        assertEquals(6, values.get(0).rewards().length);
        assertTrue(runs.overviewProperty().get().small());
    }
}

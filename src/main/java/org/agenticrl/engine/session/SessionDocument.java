package org.agenticrl.engine.session;

import java.util.List;
import java.util.Optional;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.sweep.SweepCell;
import org.agenticrl.engine.sweep.SweepPlan;
import org.agenticrl.engine.training.TrainingMetrics;
import org.agenticrl.engine.training.advantage.AdvantageEstimator;
import org.agenticrl.engine.training.optimizer.OptimizerKind;

/**
 * Everything a window needs to be put back as it was, in the engine's types; immutable. {@link SessionFiles} writes
 * it as a {@link SessionFile} and reads one back to an equal document (doubles to the bit). The engine checks what it
 * knows (the scenario, the policy against its vocabulary, every engine setting, every number finite); ranges that only
 * the app's controls have, and the window's choices, are checked by the app before it applies anything.
 *
 * @param scenario the world on screen: a built-in one is saved by its id, any other embedded whole
 * @param policy the episode's policy: the scenario's pre-trained policy with the trained rows, at temperature 1
 * @param sweep the sweep on the Sweep tab, if there is one
 */
public record SessionDocument(Scenario scenario, Episode episode, Playback playback,
                              Selection selection, LossPanel loss, Training training, Policy policy, List<Pin> pins,
                              Optional<SweepState> sweep, Window window) {
    public SessionDocument {
        pins = List.copyOf(pins);
    }

    /** The episode's settings; task indexes the scenario's tasks. */
    public record Episode(int task, EpisodeMode mode, long seed, boolean greedy, double temperature) {
    }

    /** @param position how many beats of the episode are revealed; speed in beats per second */
    public record Playback(int position, double speed) {
    }

    /** The selected token (step and token index) and the bars' order. */
    public record Selection(int step, int token, boolean sortByProbability) {
    }

    /** The loss panel: its objective, and the previewed update's step size and whether it is shown. */
    public record LossPanel(LossSettings objective, double previewStepSize, boolean previewShown) {
    }

    /** The Training tab's knobs as typed; clip 0 means no clipping. */
    public record TrainingInputs(long seed, int groupSize, AdvantageEstimator estimator, double lambda1, double lambda2,
                                 RewardMode reward, SftVariant sft, KlVariant kl, OptimizerKind optimizer,
                                 double learningRate, double clip) {
    }

    /**
     * @param episodes the run's length
     * @param speed updates per second, infinite for as fast as the machine goes
     * @param run the run on screen, when it has updates
     */
    public record Training(TrainingInputs settings, int episodes, double speed, Optional<TrainedRun> run) {
    }

    /** A run with at least one update: its config and every update's figures, oldest first. */
    public record TrainedRun(org.agenticrl.engine.training.TrainingConfig config, List<TrainingMetrics> curve) {
        public TrainedRun {
            curve = List.copyOf(curve);
        }
    }

    /** A pinned run: its legend label and curve. */
    public record Pin(String label, List<TrainingMetrics> curve) {
        public Pin {
            curve = List.copyOf(curve);
        }
    }

    /**
     * A sweep's plan, the heat map's metric (the app's id) and its finished cells in cell order; the cells come back
     * from a file without their agents (policy null, curve empty).
     */
    public record SweepState(SweepPlan plan, String metric, List<SweepCell> cells) {
        public SweepState {
            cells = List.copyOf(cells);
        }
    }

    /** The window: theme, text scale, maximised view and tab, as the app's ids (see {@link SessionFile.WindowSpec}). */
    public record Window(String theme, double textScale, String maximised, String tab) {
    }
}

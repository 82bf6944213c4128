package org.agenticrl.engine.session;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.agenticrl.engine.scenario.ScenarioFile;

/**
 * A session file's JSON, field for field (schema version {@value #SCHEMA_VERSION}); every field is required unless
 * its javadoc says otherwise. Numbers are written as Java writes doubles, which read back to the same bits. Names of
 * choices are the ids the command line uses ({@code live}, {@code process}, {@code k3}, {@code grpo}, ...).
 * {@link SessionFiles} reads and validates it into a {@link SessionDocument}.
 *
 * <p>Version {@value #SCHEMA_VERSION} adds the optional {@code lesson}; a session without one is written as version
 * {@value #WITHOUT_LESSON_VERSION}, which older programs read, and both versions are read ({@code lesson} only in
 * version {@value #SCHEMA_VERSION}).
 *
 * @param format always {@value #FORMAT}: how a session is told from a scenario file
 * @param scenario the world, built in or embedded
 * @param window the theme, text scale, maximised view and tab
 * @param lesson absent unless the session carries a lesson
 */
public record SessionFile(Integer schemaVersion, String format, ScenarioSpec scenario, EpisodeSpec episode,
                          PlaybackSpec playback, SelectionSpec selection, LossPanelSpec loss, TrainingSpec training,
                          PolicySpec policy, List<PinSpec> pins, SweepSpec sweep, WindowSpec window,
                          LessonSpec lesson) {
    /** The newest version, the one written for a session with a lesson. */
    public static final int SCHEMA_VERSION = 2;
    /** The version written for a session without a lesson. */
    public static final int WITHOUT_LESSON_VERSION = 1;
    public static final String FORMAT = "agentic-rl-session";

    /** Exactly one of the two: a built-in scenario's id, or a scenario file's contents. */
    public record ScenarioSpec(String builtIn, ScenarioFile file) {
    }

    /** @param task index into the scenario's tasks; mode {@code notebook} or {@code live} */
    public record EpisodeSpec(Integer task, String mode, Long seed, Boolean greedy, Double temperature) {
    }

    /** @param position the beats revealed; speed in beats per second */
    public record PlaybackSpec(Integer position, Double speed) {
    }

    /** The selected token: step and token index, and the bars' order. */
    public record SelectionSpec(Integer step, Integer token, Boolean sortByProbability) {
    }

    /** γ, λ1, λ2, the reward mode and the SFT and KL variants of a loss. */
    public record ObjectiveSpec(Double gamma, Double lambda1, Double lambda2, String reward, String sft, String kl) {
    }

    /** The loss panel: its objective, and the step size of the previewed update and whether it is shown. */
    public record LossPanelSpec(ObjectiveSpec objective, Double previewStepSize, Boolean previewShown) {
    }

    /** A training run's engine config; {@code clip} absent turns clipping off. */
    public record ConfigSpec(Long seed, Integer groupSize, String advantage, ObjectiveSpec loss, String optimizer,
                             Double learningRate, Double clip) {
    }

    /**
     * The Training tab: its settings as typed (they need not make a valid config: GRPO with a group of 1 is refused
     * only when training starts), the run's length and speed ({@code speed} absent: as fast as the machine goes), and
     * the run on screen, absent when it has no updates.
     */
    public record TrainingSpec(SettingsSpec settings, Integer episodes, Double speed, RunSpec run) {
    }

    /** The Training tab's knobs; {@code clip} 0 turns clipping off. */
    public record SettingsSpec(Long seed, Integer groupSize, String advantage, Double lambda1, Double lambda2,
                               String reward, String sft, String kl, String optimizer, Double learningRate,
                               Double clip) {
    }

    /** A run with updates: the config it trained with and every update's figures, oldest first. */
    public record RunSpec(ConfigSpec config, List<MetricsSpec> curve) {
    }

    /** One update's figures (see the engine's {@code TrainingMetrics}). */
    public record MetricsSpec(Integer update, Integer episodes, BatchSpec batch, LossValueSpec loss, Double gradientNorm) {
    }

    public record BatchSpec(Integer episodes, Double successRate, Double calculatorRate, Double meanReturn,
                            Double meanSteps) {
    }

    public record LossValueSpec(Double rl, Double weightedSft, Double weightedKl, Double klToReference) {
    }

    /**
     * The episode's policy: the reference it was trained from (the scenario's pre-trained policy, named by the
     * scenario's id and a SHA-256 of its logits) and every row training changed, in the order training first
     * touched them.
     */
    public record PolicySpec(ReferenceSpec reference, List<RowSpec> rows) {
    }

    public record ReferenceSpec(String scenario, String fingerprint) {
    }

    /** @param previous the previous token, as text; logits one per vocabulary token, in vocabulary order */
    public record RowSpec(String history, String previous, List<Double> logits) {
    }

    public record PinSpec(String label, List<MetricsSpec> curve) {
    }

    /**
     * A sweep's plan, the metric the heat map is coloured by and its finished cells, without their agents (trained
     * policies and curves), which would make the file megabytes long.
     */
    public record SweepSpec(AxisSpec x, AxisSpec y, ConfigSpec base, Integer episodes, Integer seeds,
                            Integer evaluationEpisodes, String metric, List<CellSpec> cells) {
    }

    public record AxisSpec(String parameter, List<Double> values) {
    }

    public record CellSpec(Integer xIndex, Integer yIndex, Double x, Double y, Integer episodes, List<SeedSpec> seeds,
                           SweepMetricsSpec mean, SweepMetricsSpec min, SweepMetricsSpec max) {
    }

    /** @param divergence absent unless training stopped early */
    public record SeedSpec(Integer seedIndex, Long seed, Integer episodes, SweepMetricsSpec metrics,
                           DivergenceSpec divergence) {
    }

    /** {@code klToReference} and {@code finalLoss} are absent where no update finished. */
    public record SweepMetricsSpec(Double successRate, Double calculatorRate, Double meanReturn, Double meanSteps,
                                   Double klToReference, Double finalLoss) {
    }

    public record DivergenceSpec(Integer update, String problem, String advice) {
    }

    /**
     * @param theme {@code light} or {@code dark}
     * @param maximised {@code all}, {@code timeline}, {@code tokens} or {@code objective}
     * @param tab {@code episode}, {@code training}, {@code sweep} or {@code comparison}
     */
    public record WindowSpec(String theme, Double textScale, String maximised, String tab) {
    }

    /**
     * A lesson: its title and chapters, in order (at least one), and {@code run} the extract of a real run its Run-tab
     * chapters show (absent: none).
     */
    public record LessonSpec(String title, List<ChapterSpec> chapters, RunExtractSpec run) {
    }

    /**
     * A run's samples carried in a lesson: the run's name and its samples, each a JSON object as a line of verl's
     * rollout dump ({@code input}, {@code output}, {@code score}, {@code step} and the reward extras).
     */
    public record RunExtractSpec(String name, List<JsonNode> samples) {
    }

    /**
     * What a Run-tab chapter shows of the lesson's run: {@code view} overview, step or sample; {@code step} the step
     * (absent for the overview); {@code sample} the sample's number in the step from 1 (only for the sample view).
     */
    public record RunPlaceSpec(String view, Long step, Integer sample) {
    }

    /**
     * A chapter: its title, its caption (plain text, a few lines; {@code *word*} is emphasised) and what it shows:
     * {@code tab} and {@code maximised} as in {@link WindowSpec}, {@code position} the beats revealed, the selected
     * token, the loss panel, and {@code hidden} the ids of the controls hidden from the room (see {@link
     * HideableControl}; absent: none), {@code focus} what the caption talks about (absent: nothing in particular),
     * {@code trainedUpdates} the policy shown: the pre-trained one trained that many updates with the session's
     * training settings (absent: the policy as it is), and {@code notes} the lecturer's speaker notes (plain text,
     * optional, written only when there are some), and {@code run} what a Run-tab chapter shows of the lesson's run
     * (absent on any other tab).
     */
    public record ChapterSpec(String title, String caption, String tab, String maximised, Integer position,
                              SelectionSpec selection, LossPanelSpec loss, List<String> hidden, FocusSpec focus,
                              Integer trainedUpdates, String notes, RunPlaceSpec run) {
    }

    /**
     * What a chapter points at: {@code kind} one of {@link Focus.Kind}'s ids, {@code name} which one (a token, a step
     * number from 1, a term, a chart's or a curve's id; absent for the outcome).
     */
    public record FocusSpec(String kind, String name) {
    }
}

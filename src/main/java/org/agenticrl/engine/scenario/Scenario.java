package org.agenticrl.engine.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agenticrl.engine.episode.ActionSource;
import org.agenticrl.engine.episode.Capability;
import org.agenticrl.engine.episode.EpisodeRunner;
import org.agenticrl.engine.episode.Task;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.generation.Generator;
import org.agenticrl.engine.generation.TokenChooser;
import org.agenticrl.engine.loss.LossCalculator;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.policy.PretrainedTable;
import org.agenticrl.engine.text.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * A whole, validated world for the agent: vocabulary and pre-trained model, tools and rewards, tasks, expert
 * demonstrations, the scripted notebook agent and, optionally, a traditional single-turn model to contrast it with.
 * Immutable; built only by {@link ScenarioValidator}.
 */
public final class Scenario {
    private final ScenarioFile source;
    private final Vocabulary vocabulary;
    private final PretrainedTable table;
    private final EpisodeRunner runner;
    private final List<Task> tasks;
    private final int maxSteps;
    private final int maxTokens;
    private final int[][] script;
    private final LossCalculator losses;
    private final Contrast contrast;

    /** @param contrast the scenario's traditional single-turn contrast, if it has one */
    Scenario(ScenarioFile source, Vocabulary vocabulary, PretrainedTable table, EpisodeRunner runner, List<Task> tasks,
             int maxSteps, int maxTokens, int[][] script, LossCalculator losses, @Nullable Contrast contrast) {
        this.source = source;
        this.vocabulary = vocabulary;
        this.table = table;
        this.runner = runner;
        this.tasks = List.copyOf(tasks);
        this.maxSteps = maxSteps;
        this.maxTokens = maxTokens;
        this.script = script;
        this.losses = losses;
        this.contrast = contrast;
    }

    /** The file this scenario was read from, as data; saving it and loading it again gives an equal scenario. */
    public ScenarioFile source() {
        return source;
    }

    public String id() {
        return source.id();
    }

    public String title() {
        return source.title();
    }

    public String description() {
        return source.description() == null ? "" : source.description();
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public PretrainedTable table() {
        return table;
    }

    public Generator generator() {
        return runner.generator();
    }

    public EpisodeRunner runner() {
        return runner;
    }

    /** At least one task; the first is the default. */
    public List<Task> tasks() {
        return tasks;
    }

    public int maxSteps() {
        return maxSteps;
    }

    /** The token limit of one live action. */
    public int maxTokens() {
        return maxTokens;
    }

    public int scriptLength() {
        return script.length;
    }

    /**
     * What the scripted agent does at a notebook step, in words (the file's {@code script[i].note}, e.g. the seed's
     * "Decompose: (a) get stock price, ..."); steps past the script repeat its last step and note.
     *
     * @param stepIndex 0 for the first step
     * @return "" when the file gives no note
     */
    public String scriptNote(int stepIndex) {
        ScenarioFile.ScriptStep step = source.script().get(Math.min(stepIndex, script.length - 1));
        return step.note() == null ? "" : step.note();
    }

    /** The notes of the first n scripted steps, none where the file gives none; for a notebook episode's steps. */
    public List<@Nullable String> scriptNotes(int steps) {
        List<@Nullable String> notes = new ArrayList<>(steps);
        for (int i = 0; i < steps; i++) {
            String note = scriptNote(i);
            notes.add(note.isEmpty() ? null : note);
        }
        return notes;
    }

    /** The pre-trained policy at temperature 1, the starting point and reference of training. */
    public Policy pretrainedPolicy() {
        return Policy.pretrained(table);
    }

    /** How this scenario computes L = L_RL + lambda1 L_SFT + lambda2 L_KL, with its expert demonstrations. */
    public LossCalculator lossCalculator() {
        return losses;
    }

    /** The traditional single-turn model to show beside the agent, when the scenario has one. */
    public Optional<Contrast> contrast() {
        return Optional.ofNullable(contrast);
    }

    /**
     * The capabilities the timeline of the notebook episode (the pre-trained policy on the first task) shows, in the
     * legend's order.
     */
    public Set<Capability> capabilities() {
        Set<Capability> used = EnumSet.noneOf(Capability.class);
        runNotebook(tasks.get(0), pretrainedPolicy(), maxSteps).steps().forEach(step -> used.addAll(step.capabilities()));
        return used;
    }

    /** The seed's scripted agent on a task, scored by the policy. */
    public Trajectory runNotebook(Task task, Policy policy, int steps) {
        return runner.run(task, policy, ActionSource.scripted(script), steps);
    }

    /** The policy acting on its own, with the scenario's token limit per action. */
    public Trajectory runLive(Task task, Policy policy, TokenChooser chooser, int steps) {
        return runner.run(task, policy, ActionSource.live(chooser, maxTokens), steps);
    }
}

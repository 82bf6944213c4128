package org.agenticrl.engine.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.agenticrl.engine.episode.Task;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.generation.TokenChooser;
import org.agenticrl.engine.loss.LossCalculator;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.numeric.NumpyRandom;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.training.advantage.RunningBaseline;
import org.agenticrl.engine.training.gradient.LogitGradient;
import org.agenticrl.engine.training.gradient.ObjectiveValue;
import org.agenticrl.engine.training.gradient.Rollout;
import org.agenticrl.engine.training.gradient.TrainingObjective;
import org.agenticrl.engine.training.optimizer.Optimizer;

/**
 * Trains a policy on a scenario with live episodes, one update at a time.
 *
 * <p>Each {@link #step()} samples one group of {@link TrainingConfig#groupSize()} live episodes of one task (the
 * scenario's tasks in turn) with the current policy, estimates their advantages, takes the exact gradient of the
 * batch loss (see {@link TrainingObjective}), clips it, lets the optimizer move the logits, and returns the new
 * policy with the update's metrics. All sampling draws from one numpy stream seeded with the config's seed, so the
 * same scenario, starting policy and config give the same updates, bit for bit.
 *
 * <pre>{@code
 * Trainer trainer = new Trainer(scenario, TrainingConfig.defaults());
 * while (trainer.episodes() < 2000 && !cancelled) {
 *     TrainingUpdate update = trainer.step();   // throws TrainingDivergedException if a number blows up
 *     show(update.metrics(), update.policy());
 * }
 * }</pre>
 *
 * <p>The reference policy, the one the KL terms measure drift from, is the policy training started from. Policies
 * are immutable: every update makes a new one. If a loss, the gradient or a new logit is not finite, the update is
 * abandoned, the policy stays the last finite one, and this and every later {@code step()} throws
 * {@link TrainingDivergedException} with the {@link Divergence} until {@link #reset()}.
 *
 * <p>No threads, no global state: a step is a bounded piece of work on the caller's thread, so a run is cancelled by
 * not calling {@code step()} again. Not thread-safe: confine a trainer to one thread and hand the immutable
 * {@link TrainingUpdate}s and {@link #history()} lists to others.
 */
public final class Trainer {
    private final Scenario scenario;
    private final TrainingConfig config;
    private final Policy reference;
    private final TrainingObjective objective;
    private final List<TrainingMetrics> history = new ArrayList<>();
    private Policy policy;
    private NumpyRandom random;
    private Optimizer optimizer;
    private RunningBaseline baseline;
    private Divergence divergence;

    /** Trains the scenario's pre-trained policy. */
    public Trainer(Scenario scenario, TrainingConfig config) {
        this(scenario, config, scenario.pretrainedPolicy());
    }

    /**
     * @param start the policy to train, which is also the reference of the KL terms (its temperature is kept)
     */
    public Trainer(Scenario scenario, TrainingConfig config, Policy start) {
        this.scenario = scenario;
        this.config = config;
        this.reference = start;
        this.objective = new TrainingObjective(scenario.generator(), scenario.lossCalculator(), config.loss());
        reset();
    }

    /** Back to the starting policy, the start of the random stream, fresh optimizer state and an empty history. */
    public void reset() {
        policy = reference;
        random = new NumpyRandom(config.seed());
        optimizer = config.optimizer().create(config.learningRate());
        baseline = RunningBaseline.start();
        history.clear();
        divergence = null;
    }

    /**
     * One update on one group of fresh live episodes.
     *
     * @throws TrainingDivergedException if this update or an earlier one produced a non-finite number; the policy is
     *                                   then the last finite one
     */
    public TrainingUpdate step() throws TrainingDivergedException {
        if (divergence != null) {
            throw new TrainingDivergedException(divergence);
        }
        int update = history.size() + 1;
        LossSettings loss = config.loss();
        List<Trajectory> group = sampleGroup(scenario.tasks().get(history.size() % scenario.tasks().size()));
        double[][] rewards = group.stream().map(loss.rewardMode()::stepRewards).toArray(double[][]::new);
        double[][] advantages = config.estimator().advantages(rewards, loss.gamma(), baseline);
        List<Rollout> batch = new ArrayList<>(group.size());
        for (int i = 0; i < group.size(); i++) {
            batch.add(new Rollout(group.get(i), advantages[i]));
        }
        ObjectiveValue value = objective.value(batch, policy, reference);
        if (!value.isFinite()) {
            throw diverge(update, "the loss is no longer a finite number (" + value.nonFiniteTerms()
                    + " overflowed)");
        }
        LogitGradient gradient = objective.gradient(batch, policy, reference);
        double norm = gradient.globalNorm();
        policy = descend(update, gradient, norm);
        baseline = baseline.after(meanFirstReturn(rewards, loss.gamma()));
        TrainingMetrics metrics = new TrainingMetrics(update, episodes() + group.size(),
                EpisodeStats.of(scenario, group, loss.rewardMode()), value, norm);
        history.add(metrics);
        return new TrainingUpdate(metrics, policy, group);
    }

    /**
     * Steps until {@link #episodes()} reaches {@code episodes} rounded up to whole groups
     * ({@link TrainingConfig#episodesInWholeGroups}), training diverges, or {@code stop} answers true. {@code stop} is
     * asked before every update, so a stop takes effect within one update.
     *
     * @param onUpdate receives each update on this thread, right after it
     * @return the divergence if training diverged, now or earlier (the policy is then the last finite one)
     */
    public Optional<Divergence> trainFor(int episodes, BooleanSupplier stop, Consumer<TrainingUpdate> onUpdate) {
        int planned = config.episodesInWholeGroups(episodes);
        try {
            while (episodes() < planned && !stop.getAsBoolean()) {
                onUpdate.accept(step());
            }
        } catch (TrainingDivergedException e) {
            return Optional.of(e.divergence());
        }
        return divergence();
    }

    /** The policy after one clipped optimizer step, if every number in it is finite. */
    private Policy descend(int update, LogitGradient gradient, double norm) throws TrainingDivergedException {
        if (!Double.isFinite(norm)) {
            throw diverge(update, "the gradient is no longer a finite number");
        }
        Map<Context, double[]> rows = optimizer.step(policy, gradient.clippedTo(config.maxGradientNorm()));
        if (!allFinite(rows.values())) {
            throw diverge(update, "a logit overflowed to infinity or NaN");
        }
        Policy next = policy.withLogits(rows);
        if (!allFinite(rows.keySet().stream().map(context -> next.distribution(context).logProbabilities()).toList())) {
            throw diverge(update, "the logits grew so far apart that some log-probabilities are no longer finite");
        }
        return next;
    }

    private List<Trajectory> sampleGroup(Task task) {
        TokenChooser chooser = TokenChooser.sampling(random);
        List<Trajectory> episodes = new ArrayList<>(config.groupSize());
        for (int i = 0; i < config.groupSize(); i++) {
            episodes.add(scenario.runLive(task, policy, chooser, scenario.maxSteps()));
        }
        return episodes;
    }

    private TrainingDivergedException diverge(int update, String problem) {
        divergence = Divergence.of(update, problem, config);
        return new TrainingDivergedException(divergence);
    }

    private static boolean allFinite(Collection<double[]> rows) {
        for (double[] row : rows) {
            for (double value : row) {
                if (!Double.isFinite(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double meanFirstReturn(double[][] rewards, double gamma) {
        double total = 0.0;
        for (double[] episode : rewards) {
            total += LossCalculator.discountedReturns(episode, gamma)[0];
        }
        return total / rewards.length;
    }

    public TrainingConfig config() {
        return config;
    }

    /** The current policy: the starting one until the first update. */
    public Policy policy() {
        return policy;
    }

    /** The policy training started from, which the KL terms compare with. */
    public Policy reference() {
        return reference;
    }

    /** The metrics of every update since the start or the last reset, oldest first; an immutable copy. */
    public List<TrainingMetrics> history() {
        return List.copyOf(history);
    }

    /** The number of training episodes since the start or the last reset. */
    public int episodes() {
        return history.size() * config.groupSize();
    }

    /** Why training stopped, if it has diverged. */
    public Optional<Divergence> divergence() {
        return Optional.ofNullable(divergence);
    }
}

package org.agenticrl.engine.training.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.generation.TokenChooser;
import org.agenticrl.engine.generation.TokenStep;
import org.agenticrl.engine.loss.Demonstration;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.numeric.NumpyRandom;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.EpisodeSettings;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every term and variant of the analytic gradient against central finite differences of the loss's own value
 * (the {@link org.agenticrl.engine.loss.LossCalculator}'s L_SFT and L_KL of the rescored episodes, and L_RL), on
 * live episodes at two temperatures and on the seed's scripted episode, whose log(pi + 1e-10) scoring matters here
 * because one scripted token is made about as unlikely as the epsilon.
 */
class TrainingObjectiveGradientTest {
    private static final double STEP = 1e-5;
    private static final double TOLERANCE = 1e-6;
    private static final Scenario SEED = ScenarioLoader.seed();

    /** Which part of the loss a case checks, and how to read that part's value. */
    private enum Term {
        RL(ObjectiveValue::rl), SFT(ObjectiveValue::weightedSft), KL(ObjectiveValue::weightedKl),
        TOTAL(ObjectiveValue::total);

        final ToDoubleFunction<ObjectiveValue> value;

        Term(ToDoubleFunction<ObjectiveValue> value) {
            this.value = value;
        }
    }

    /** A policy and episodes it ran, with a reference it has drifted from. */
    private record Batch(String name, Policy policy, Policy reference, List<Rollout> rollouts) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Policy drift(Policy reference, long seed) {
        NumpyRandom random = new NumpyRandom(seed);
        Policy policy = reference;
        int size = SEED.vocabulary().size();
        for (String history : new String[] {"", "calculate:ok"}) {
            for (int previous = 0; previous < size; previous++) {
                Context context = new Context(history, previous);
                double[] logits = reference.logits(context);
                for (int v = 0; v < size; v++) {
                    logits[v] += 2 * random.randomSample() - 1;
                }
                policy = policy.withLogits(Map.of(context, logits));
            }
        }
        return policy;
    }

    private static List<Rollout> withAdvantages(List<Trajectory> episodes, long seed) {
        NumpyRandom random = new NumpyRandom(seed);
        List<Rollout> rollouts = new ArrayList<>();
        for (Trajectory episode : episodes) {
            double[] advantages = new double[episode.steps().size()];
            for (int i = 0; i < advantages.length; i++) {
                advantages[i] = 4 * random.randomSample() - 2;
            }
            rollouts.add(new Rollout(episode, advantages));
        }
        return rollouts;
    }

    private static Batch live(double temperature) {
        Policy reference = SEED.pretrainedPolicy().withTemperature(temperature);
        Policy policy = drift(reference, 11);
        TokenChooser chooser = TokenChooser.sampling(new NumpyRandom(5));
        List<Trajectory> episodes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            episodes.add(SEED.runLive(SEED.tasks().get(0), policy, chooser, SEED.maxSteps()));
        }
        return new Batch("live episodes at T=" + temperature, policy, reference, withAdvantages(episodes, 3));
    }

    /**
     * The seed's scripted episode, with 'need' after 'I' made about as unlikely as the scoring's epsilon (in the
     * reference too, so that k3's exp(r - l) stays of a size finite differences can resolve).
     */
    private static Batch notebook() {
        Context first = new Context("", SEED.vocabulary().require("I"));
        double[] logits = SEED.pretrainedPolicy().logits(first);
        logits[SEED.vocabulary().require("need")] = -24.0;
        Policy reference = SEED.pretrainedPolicy().withLogits(Map.of(first, logits));
        Policy policy = drift(reference, 12);
        double p = policy.distribution(first).probability(SEED.vocabulary().require("need"));
        assertTrue(p > 1e-12 && p < 1e-8, "the scripted token's probability is close to the epsilon: " + p);
        Trajectory episode = EpisodeSettings.notebook().run(SEED, policy);
        return new Batch("the seed's scripted episode", policy, reference, withAdvantages(List.of(episode), 4));
    }

    private static LossSettings only(double lambda1, double lambda2, SftVariant sft, KlVariant kl) {
        return new LossSettings(0.99, lambda1, lambda2, RewardMode.PROCESS_AND_OUTCOME, sft, kl);
    }

    private static List<Rollout> withoutAdvantages(List<Rollout> rollouts) {
        return rollouts.stream().map(r -> new Rollout(r.trajectory(), new double[r.advantages().length])).toList();
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Batch batch : List.of(live(1.0), live(0.7), notebook())) {
            Batch silent = new Batch(batch.name(), batch.policy(), batch.reference(), withoutAdvantages(batch.rollouts()));
            cases.add(Arguments.of("L_RL", batch, only(0, 0, SftVariant.EXACT, KlVariant.EXACT), Term.RL));
            for (SftVariant sft : SftVariant.values()) {
                cases.add(Arguments.of("L_SFT " + sft.id(), silent, only(1, 0, sft, KlVariant.EXACT), Term.SFT));
            }
            for (KlVariant kl : KlVariant.values()) {
                cases.add(Arguments.of("L_KL " + kl.id(), silent, only(0, 1, SftVariant.EXACT, kl), Term.KL));
            }
            cases.add(Arguments.of("all terms, notebook SFT, k3", batch, only(0.3, 0.7, SftVariant.NOTEBOOK, KlVariant.K3),
                    Term.TOTAL));
            cases.add(Arguments.of("all terms, exact SFT and KL", batch, only(0.3, 0.7, SftVariant.EXACT, KlVariant.EXACT),
                    Term.TOTAL));
        }
        return cases.stream();
    }

    /** Every context the loss can depend on: each scored position and each demonstration position. */
    private static Set<Context> contextsOf(Batch batch) {
        Set<Context> contexts = new LinkedHashSet<>();
        for (Rollout rollout : batch.rollouts()) {
            for (EpisodeStep step : rollout.trajectory().steps()) {
                step.generation().steps().stream().map(TokenStep::context).forEach(contexts::add);
            }
        }
        for (Demonstration demonstration : SEED.lossCalculator().demonstrations()) {
            SEED.generator().score(batch.policy(), demonstration.history(), demonstration.tokens(), 0.0).steps()
                    .stream().map(TokenStep::context).forEach(contexts::add);
        }
        return contexts;
    }

    private static double valueWith(TrainingObjective objective, Batch batch, Context context, int token, double delta,
                                    Term term) {
        double[] logits = batch.policy().logits(context);
        logits[token] += delta;
        Policy moved = batch.policy().withLogits(Map.of(context, logits));
        return term.value.applyAsDouble(objective.value(batch.rollouts(), moved, batch.reference()));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void theAnalyticGradientMatchesCentralFiniteDifferences(String name, Batch batch, LossSettings settings, Term term) {
        TrainingObjective objective = new TrainingObjective(SEED.generator(), SEED.lossCalculator(), settings);
        LogitGradient gradient = objective.gradient(batch.rollouts(), batch.policy(), batch.reference());
        double largest = 0.0;
        Set<Context> contexts = contextsOf(batch);
        assertFalse(contexts.isEmpty(), name);
        for (Context context : contexts) {
            double[] analytic = gradient.row(context);
            for (int token = 0; token < analytic.length; token++) {
                double numeric = (valueWith(objective, batch, context, token, STEP, term)
                        - valueWith(objective, batch, context, token, -STEP, term)) / (2 * STEP);
                assertEquals(numeric, analytic[token], TOLERANCE * (1 + Math.abs(numeric)),
                        name + " at " + context + ", token " + SEED.vocabulary().token(token));
                largest = Math.max(largest, Math.abs(analytic[token]));
            }
        }
        if (settings.lambda1() == 0 && settings.kl() == KlVariant.NOTEBOOK) {
            assertEquals(0.0, gradient.globalNorm(), 0.0, "the notebook's KL is a constant: its gradient is zero");
        } else {
            assertTrue(largest > 1e-3, "the case exercises a gradient that is not zero: " + largest);
        }
    }
}

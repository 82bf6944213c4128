package org.agenticrl.engine.scenario;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agenticrl.engine.generation.Generator;
import org.agenticrl.engine.policy.PretrainedTable;
import org.agenticrl.engine.text.Vocabulary;

/** Checks a scenario file's {@code model}, the pre-trained language model, and builds it. */
final class ModelValidator {
    /**
     * The checked model.
     *
     * @param maxTokens the token limit of one live action
     */
    record Model(PretrainedTable table, Generator generator, int maxTokens) {
    }

    private final FieldChecks checks;
    private final Vocabulary vocabulary;

    ModelValidator(FieldChecks checks, Vocabulary vocabulary) {
        this.checks = checks;
        this.vocabulary = vocabulary;
    }

    /** @throws ScenarioException for the first bad field, or when a row of probabilities cannot be normalised */
    Model build(ScenarioFile.Model model) throws ScenarioException {
        checks.required(model, "model");
        PretrainedTable table = table(model);
        int start = token(model.startToken(), "model.startToken");
        List<String> stopTokens = checks.required(model.stopTokens(), "model.stopTokens");
        if (stopTokens.isEmpty()) {
            throw checks.refuse("model.stopTokens", "needs at least one token");
        }
        int[] stops = new int[stopTokens.size()];
        for (int i = 0; i < stops.length; i++) {
            stops[i] = token(stopTokens.get(i), "model.stopTokens[" + i + "]");
        }
        int maxTokens = checks.bounded(model.maxTokens(), 12, 1, ScenarioValidator.MAX_TOKENS, "model.maxTokens");
        return new Model(table, new Generator(start, stops, vocabulary.size()), maxTokens);
    }

    private PretrainedTable table(ScenarioFile.Model model) throws ScenarioException {
        double base = checks.positive(model.baseProbability(), 0.01, "model.baseProbability");
        double boost = checks.positive(model.boostMass(), 0.8, "model.boostMass");
        String fallbackToken = null;
        double fallbackProbability = 0;
        if (model.fallback() != null) {
            token(model.fallback().token(), "model.fallback.token");
            fallbackToken = model.fallback().token();
            fallbackProbability = checks.positive(checks.required(model.fallback().probability(),
                    "model.fallback.probability"), 0, "model.fallback.probability");
        }
        Map<String, List<String>> transitions = checks.required(model.transitions(), "model.transitions");
        for (Map.Entry<String, List<String>> entry : transitions.entrySet()) {
            transition(entry.getKey(), entry.getValue());
        }
        PretrainedTable table = new PretrainedTable(vocabulary, transitions, base, boost, fallbackToken,
                fallbackProbability);
        for (int previous = 0; previous < vocabulary.size(); previous++) {
            requireNormalised(table.probabilities(previous), previous);
        }
        return table;
    }

    /**
     * Every probability of a normalised row must be positive. The weights are positive and finite, so a row fails in
     * one of two ways: their sum overflows, and every probability becomes 0; or one weight is so much smaller than
     * the sum that its probability underflows to 0 (and its log-probability would be minus infinity).
     */
    private void requireNormalised(double[] row, int previous) throws ScenarioException {
        String after = "the probabilities after '" + vocabulary.token(previous) + "' cannot be normalised: ";
        String fields = "baseProbability, boostMass and fallback.probability";
        if (Arrays.stream(row).noneMatch(p -> p > 0)) {
            throw checks.refuse("model", after + "their sum overflows (it is larger than the largest double, "
                    + "about 1.8e308); make " + fields + " smaller");
        }
        for (int next = 0; next < row.length; next++) {
            if (!(row[next] > 0 && Double.isFinite(row[next]))) {
                throw checks.refuse("model", after + "the probability of '" + vocabulary.token(next)
                        + "' underflows to 0 (it is smaller than the smallest double, about 4.9e-324); bring " + fields
                        + " closer together");
            }
        }
    }

    private void transition(String previous, List<String> next) throws ScenarioException {
        String path = "model.transitions." + previous;
        if (!vocabulary.contains(previous)) {
            throw checks.refuse(path, "'" + previous + "' is not in the vocabulary");
        }
        checks.required(next, path);
        if (next.isEmpty()) {
            throw checks.refuse(path, "lists no token");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < next.size(); i++) {
            token(next.get(i), path + "[" + i + "]");
            if (!seen.add(next.get(i))) {
                throw checks.refuse(path + "[" + i + "]", "'" + next.get(i) + "' is listed twice");
            }
        }
    }

    private int token(String token, String path) throws ScenarioException {
        int id = vocabulary.idOf(checks.required(token, path));
        if (id < 0) {
            throw checks.refuse(path, "'" + token + "' is not in the vocabulary");
        }
        return id;
    }
}

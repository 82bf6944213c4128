package org.agenticrl.engine.sweep;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;
import org.agenticrl.engine.training.EpisodeStats;
import org.agenticrl.engine.training.TrainingMetrics;

/**
 * What a sweep measures of one trained agent, or a summary (mean, minimum, maximum) of several. Immutable.
 *
 * @param successRate the fraction of the fresh evaluation episodes whose answer was correct
 * @param calculatorRate the fraction of them that used the calculator and got a result
 * @param meanReturn their mean return under the run's reward mode
 * @param meanSteps their mean number of steps
 * @param klToReference the last update's exact KL to the reference (the last point of {@code train}'s curve);
 *                      NaN if no update finished (training diverged at the first)
 * @param finalLoss the last update's total loss L_RL + lambda1 L_SFT + lambda2 L_KL; NaN if no update finished
 */
public record SweepMetrics(double successRate, double calculatorRate, double meanReturn, double meanSteps,
                           double klToReference, double finalLoss) {
    /** The metrics of a run: its evaluation, and its last update if it has one. */
    static SweepMetrics of(EpisodeStats evaluation, List<TrainingMetrics> history) {
        double kl = Double.NaN;
        double loss = Double.NaN;
        if (!history.isEmpty()) {
            TrainingMetrics last = history.get(history.size() - 1);
            kl = last.loss().klToReference();
            loss = last.loss().total();
        }
        return new SweepMetrics(evaluation.successRate(), evaluation.calculatorRate(), evaluation.meanReturn(),
                evaluation.meanSteps(), kl, loss);
    }

    /** Each metric's mean over the runs, summed in the list's order; NaN where a run's is NaN. */
    static SweepMetrics mean(List<SweepMetrics> runs) {
        return fold(runs, values -> values.reduce(0.0, Double::sum) / runs.size());
    }

    /** Each metric's smallest value over the runs; NaN where a run's is NaN. */
    static SweepMetrics min(List<SweepMetrics> runs) {
        return fold(runs, values -> values.reduce(Double.POSITIVE_INFINITY, Math::min));
    }

    /** Each metric's largest value over the runs; NaN where a run's is NaN. */
    static SweepMetrics max(List<SweepMetrics> runs) {
        return fold(runs, values -> values.reduce(Double.NEGATIVE_INFINITY, Math::max));
    }

    private static SweepMetrics fold(List<SweepMetrics> runs, ToDoubleFunction<DoubleStream> summary) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a summary needs at least one run");
        }
        return new SweepMetrics(summary.applyAsDouble(runs.stream().mapToDouble(SweepMetrics::successRate)),
                summary.applyAsDouble(runs.stream().mapToDouble(SweepMetrics::calculatorRate)),
                summary.applyAsDouble(runs.stream().mapToDouble(SweepMetrics::meanReturn)),
                summary.applyAsDouble(runs.stream().mapToDouble(SweepMetrics::meanSteps)),
                summary.applyAsDouble(runs.stream().mapToDouble(SweepMetrics::klToReference)),
                summary.applyAsDouble(runs.stream().mapToDouble(SweepMetrics::finalLoss)));
    }
}

package org.agenticrl.app.sweep;

import java.util.function.ToDoubleFunction;
import org.agenticrl.app.common.Format;
import org.agenticrl.engine.sweep.SweepMetrics;

/** What the heat map colours its cells by: one of the figures a sweep measures of every trained agent. */
public enum SweepMetric {
    SUCCESS("success rate", SweepMetrics::successRate, true),
    CALCULATOR("calculator use", SweepMetrics::calculatorRate, true),
    RETURN("mean return", SweepMetrics::meanReturn, false),
    STEPS("mean steps", SweepMetrics::meanSteps, false),
    KL("KL to the reference (nats)", SweepMetrics::klToReference, false),
    LOSS("final loss", SweepMetrics::finalLoss, false);

    private final String label;
    private final ToDoubleFunction<SweepMetrics> value;
    private final boolean rate;

    SweepMetric(String label, ToDoubleFunction<SweepMetrics> value, boolean rate) {
        this.label = label;
        this.value = value;
        this.rate = rate;
    }

    public String label() {
        return label;
    }

    /** The metric's value in a set of metrics; NaN where the run has none (it diverged at its first update). */
    public double of(SweepMetrics metrics) {
        return value.applyAsDouble(metrics);
    }

    /** Whether the metric is a fraction from 0 to 1, written as a percentage and coloured on that fixed scale. */
    public boolean rate() {
        return rate;
    }

    /** The value as a cell writes it: "96%" for a rate, "1.09" otherwise, an em dash for none. */
    public String format(double value) {
        return rate ? Format.percentWhole(value)
                : Format.fixed(value, 2);
    }

    @Override
    public String toString() {
        return label;
    }
}

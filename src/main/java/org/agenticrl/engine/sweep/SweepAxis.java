package org.agenticrl.engine.sweep;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agenticrl.engine.training.TrainingConfig;

/**
 * One axis of a sweep: the setting it varies and the values it takes, in the order given (the order of the heat map's
 * columns or rows). Immutable.
 *
 * @param parameter the setting
 * @param values at least one, each finite, no two equal (-0 is read as 0); whether each is in the setting's range depends on the rest
 *               of the config and is checked by {@link #requireValidFor}
 */
public record SweepAxis(SweepParameter parameter, List<Double> values) {
    public SweepAxis {
        if (parameter == null || values == null) {
            throw new IllegalArgumentException("an axis needs a setting and its values");
        }
        values = values.stream().map(value -> value == 0 ? 0.0 : value).toList();
        if (values.isEmpty()) {
            throw new IllegalArgumentException(parameter.id() + " has no values to sweep");
        }
        Set<Double> seen = new HashSet<>();
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(parameter.id() + " values must be finite numbers, got " + value);
            }
            if (!seen.add(value)) {
                throw new IllegalArgumentException(parameter.id() + " lists " + value + " twice");
            }
        }
    }

    public static SweepAxis of(SweepParameter parameter, double... values) {
        return new SweepAxis(parameter, Arrays.stream(values).boxed().toList());
    }

    /** How many values. */
    public int size() {
        return values.size();
    }

    public double value(int index) {
        return values.get(index);
    }

    /**
     * Checks that every value makes a valid config out of base.
     *
     * @throws IllegalArgumentException the first refusal, saying why (e.g. "lambda1 must be between 0 and 10.0, got 11.0")
     */
    public void requireValidFor(TrainingConfig base) {
        for (double value : values) {
            parameter.apply(base, value);
        }
    }
}

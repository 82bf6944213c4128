package org.agenticrl.app.runs;

import java.util.List;
import org.agenticrl.engine.runs.AdvantageSource;
import org.agenticrl.engine.runs.Sample;

/**
 * One sample of a step as its table shows it: its index in the step, its prompt group (numbered from 1 in order of
 * first appearance) with the group's size, reward mean and standard deviation, and its advantage with where that
 * comes from (logged, or recomputed and how).
 */
public record SampleRow(int index, Sample sample, int group, int groupSize, double groupMean, double groupStd,
                        double advantage, AdvantageSource source) {
    /** The reward, NaN when the sample has none. */
    public double reward() {
        return sample.reward() == null ? Double.NaN : sample.reward();
    }

    /** The rewards of rows, in their order, NaN where a sample has none. */
    public static double[] rewards(List<SampleRow> rows) {
        return rows.stream().mapToDouble(SampleRow::reward).toArray();
    }

    public int length() {
        return sample.responseLength();
    }
}

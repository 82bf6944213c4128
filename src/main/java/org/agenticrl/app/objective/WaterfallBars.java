package org.agenticrl.app.objective;

import java.util.List;
import org.agenticrl.app.common.Format;
import org.agenticrl.engine.loss.LossBreakdown;

/**
 * The waterfall's four bars as numbers and words: L_RL from zero, λ1·L_SFT and λ2·L_KL stacked on it, the total from
 * zero. A term that overflowed to infinity (possible for the sampled KL estimators far from the reference) is an
 * empty bar labelled "overflow"; a sum of finite terms that overflows ends at the largest double.
 */
public final class WaterfallBars {
    /** The bars' names, in their order. */
    public static final List<String> TERMS = List.of("L_RL", "\u03bb1\u00b7L_SFT", "\u03bb2\u00b7L_KL", "L (total)");

    private final double[] values;
    private final double[] starts;
    private final double[] ends;

    private WaterfallBars(double[] values) {
        this.values = values.clone();
        double[] terms = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            terms[i] = Double.isFinite(values[i]) ? values[i] : 0;
        }
        double afterSft = finite(terms[0] + terms[1]);
        starts = new double[] {0, terms[0], afterSft, 0};
        ends = new double[] {terms[0], afterSft, finite(afterSft + terms[2]), terms[3]};
    }

    /** Before anything is computed: four empty bars at zero. */
    public static WaterfallBars none() {
        return new WaterfallBars(new double[TERMS.size()]);
    }

    /** The bars of a breakdown's terms. */
    public static WaterfallBars of(LossBreakdown losses) {
        return new WaterfallBars(new double[] {losses.rl(), losses.weightedSft(), losses.weightedKl(), losses.total()});
    }

    private static double finite(double sum) {
        return Math.max(-Double.MAX_VALUE, Math.min(sum, Double.MAX_VALUE));
    }

    /** The terms as computed: L_RL, λ1 L_SFT, λ2 L_KL, total (infinite where one overflowed). */
    public double[] values() {
        return values.clone();
    }

    /** Where bar i starts; always finite. */
    public double start(int bar) {
        return starts[bar];
    }

    /** Where bar i ends; always finite. */
    public double end(int bar) {
        return ends[bar];
    }

    /** Whether bar i's term is negative, so that its label goes below its end. */
    public boolean negative(int bar) {
        return values[bar] < 0;
    }

    /** The label at bar i's end: its value to three decimals, or "overflow". */
    public String label(int bar) {
        return Double.isFinite(values[bar]) ? Format.fixed(values[bar], 3) : "overflow";
    }

    /** Bar i's tooltip: its name and every digit of its value. */
    public String tooltip(int bar) {
        return TERMS.get(bar) + " = " + Format.full(values[bar]);
    }
}

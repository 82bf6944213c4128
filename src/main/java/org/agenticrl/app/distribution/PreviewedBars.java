package org.agenticrl.app.distribution;

import java.util.List;
import org.agenticrl.app.common.Bar;

/**
 * The bars of the selected position and, when an update is previewed, each bar's probability after it.
 *
 * @param after one value per bar, in the bars' order; empty when no update is previewed
 */
public record PreviewedBars(List<Bar> bars, List<Double> after) {
    public PreviewedBars {
        bars = List.copyOf(bars);
        after = List.copyOf(after);
    }
}

package org.agenticrl.app.runs;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.agenticrl.engine.runs.RunFormat;
import org.agenticrl.engine.runs.StepSummary;

/** An opened run at a glance: its format, where it was opened from, every step's summary and what was skipped. */
public record RunOverview(RunFormat format, Path source, List<StepSummary> steps, SkippedLines skipped) {
    public RunOverview {
        steps = List.copyOf(steps);
    }

    /** The named reward columns of any step (TRL's reward functions, verl's numeric extra keys), in column order. */
    public Set<String> namedRewards() {
        Set<String> names = new LinkedHashSet<>();
        steps.forEach(step -> names.addAll(step.namedRewards().keySet()));
        return names;
    }

    /** Whether any step has an accuracy (a share judged correct). */
    public boolean hasAccuracy() {
        return steps.stream().anyMatch(step -> step.accuracy() != null);
    }

    /** The samples of every step together. */
    public long sampleCount() {
        return steps.stream().mapToLong(StepSummary::samples).sum();
    }

    /** "verl rollout dump ({step}.jsonl) · 2 steps · 12 samples · 1 skipped", for the tab's header. */
    public String describe() {
        return format.label() + "  \u00b7  " + steps.size() + (steps.size() == 1 ? " step" : " steps") + "  \u00b7  "
                + sampleCount() + (sampleCount() == 1 ? " sample" : " samples")
                + (skipped.total() == 0 ? "" : "  \u00b7  " + skipped.total() + " skipped");
    }
}

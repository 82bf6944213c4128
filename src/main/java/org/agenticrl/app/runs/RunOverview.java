package org.agenticrl.app.runs;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.agenticrl.engine.runs.RunFormat;
import org.agenticrl.engine.runs.StepSummary;

/**
 * An opened run at a glance: its format, where it was opened from, every step's summary, its validation steps (a
 * series of their own), what the reader noted (a cancelled log, say) and what was skipped.
 */
public record RunOverview(RunFormat format, Path source, List<StepSummary> steps, List<StepSummary> validationSteps,
                          List<String> notes, SkippedLines skipped) {
    /** Fewer steps than this draw distributions instead of curves. */
    public static final int CURVE_STEPS = 3;

    public RunOverview {
        steps = List.copyOf(steps);
        validationSteps = List.copyOf(validationSteps);
        notes = List.copyOf(notes);
    }

    /** The overview of a run as it is now (its skipped cases copied); call it on the thread that reads the run. */
    static RunOverview of(org.agenticrl.engine.runs.Run run) {
        return new RunOverview(run.format(), run.source(), run.steps(), run.validationSteps(), run.notes(),
                SkippedLines.of(run.skipped()));
    }

    /** The same run with what was skipped since. */
    RunOverview skipping(SkippedLines now) {
        return new RunOverview(format, source, steps, validationSteps, notes, now);
    }

    /** Whether the run has too few steps for curves: its distributions are drawn instead. */
    public boolean small() {
        return steps.size() < CURVE_STEPS;
    }

    /** The run's name in a legend: its folder's or file's name. */
    public String name() {
        return source.getFileName() == null ? source.toString() : source.getFileName().toString();
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

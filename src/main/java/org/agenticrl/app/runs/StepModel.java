package org.agenticrl.app.runs;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.agenticrl.engine.runs.AdvantageSource;
import org.agenticrl.engine.runs.PromptGroup;
import org.agenticrl.engine.runs.Sample;

/**
 * The step on screen: its samples (read on the worker), grouped by prompt as GRPO groups them, each with its
 * advantage from the chosen source (logged, or recomputed with GRPO, Dr. GRPO or RLOO; a group without a logged
 * advantage falls back to GRPO and the label says so), and the rows the filter keeps. A step of more than
 * {@value #SHOWN_SAMPLES} samples shows its first ones.
 */
public final class StepModel {
    /** A step's first samples shown, at most: a log of 200,000 samples in one step shows these, and says so (memory: a sample of an agent log can be 20 KB). */
    static final int SHOWN_SAMPLES = 2000;

    private final RunModel runs;
    private final ReadOnlyObjectWrapper<Long> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ObjectProperty<AdvantageSource> advantage = new SimpleObjectProperty<>(this, "advantage",
            AdvantageSource.LOGGED);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper filterProblem = new ReadOnlyStringWrapper(this, "filterProblem", "");
    private final ReadOnlyStringWrapper advantageLabel = new ReadOnlyStringWrapper(this, "advantageLabel", "");
    private final ReadOnlyObjectWrapper<List<SampleRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyObjectWrapper<List<SampleRow>> shownRows = new ReadOnlyObjectWrapper<>(this, "shownRows",
            List.of());
    private final ReadOnlyIntegerWrapper stepSize = new ReadOnlyIntegerWrapper(this, "stepSize", 0);
    private List<Sample> samples = List.of();

    StepModel(RunModel runs) {
        this.runs = runs;
        advantage.addListener((o, before, after) -> {
            if (after == null) {
                advantage.set(before);
            } else {
                group();
            }
        });
        filter.addListener((o, before, after) -> applyFilter());
    }

    /** Reads the step's samples on the worker and shows them. */
    void load(long number) {
        runs.read(run -> {
            int count = run.sampleCount(number);
            return new Page(run.samples(number, 0, Math.min(count, SHOWN_SAMPLES)), count);
        }, read -> {
            samples = read.samples();
            stepSize.set(read.of());
            step.set(number);
            group();
        });
    }

    /** The samples of a step read, and how many the step has. */
    private record Page(List<Sample> samples, int of) {
    }

    void clear() {
        samples = List.of();
        step.set(null);
        group();
    }

    private void group() {
        List<SampleRow> grouped = new ArrayList<>();
        Map<Sample, Integer> written = new IdentityHashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            written.put(samples.get(i), i + 1);
        }
        List<PromptGroup> groups = PromptGroup.of(samples, advantage.get());
        for (int g = 0; g < groups.size(); g++) {
            PromptGroup group = groups.get(g);
            for (int i = 0; i < group.samples().size(); i++) {
                Sample sample = group.samples().get(i);
                grouped.add(new SampleRow(written.get(sample), sample, g + 1, group.samples().size(),
                        group.rewardMean(), group.rewardStd(), group.advantages().get(i), group.source()));
            }
        }
        advantageLabel.set(groups.stream().map(group -> group.source().label()).distinct()
                .collect(Collectors.joining("; ")));
        rows.set(List.copyOf(grouped));
        applyFilter();
    }

    private void applyFilter() {
        SampleFilter.Parsed parsed = SampleFilter.parse(filter.get());
        filterProblem.set(parsed.problem());
        shownRows.set(rows.get().stream().filter(parsed.test()).toList());
    }

    /** How many samples the step on screen has; more than its rows when it has over {@value #SHOWN_SAMPLES}. */
    public ReadOnlyIntegerProperty stepSizeProperty() {
        return stepSize.getReadOnlyProperty();
    }

    /** The step on screen; null when none is. */
    public ReadOnlyObjectProperty<Long> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Where the advantages come from; null is refused (the source stays). */
    public ObjectProperty<AdvantageSource> advantageProperty() {
        return advantage;
    }

    /** What the shown advantages are, e.g. "recomputed: GRPO (r - mean) / (std + 1e-6)". */
    public ReadOnlyStringProperty advantageLabelProperty() {
        return advantageLabel.getReadOnlyProperty();
    }

    /** The filter as typed (see {@link SampleFilter}). */
    public StringProperty filterProperty() {
        return filter;
    }

    /** Why the filter is refused; empty when it is a filter. A refused filter keeps every row. */
    public ReadOnlyStringProperty filterProblemProperty() {
        return filterProblem.getReadOnlyProperty();
    }

    /** Every sample of the step, group by group. */
    public ReadOnlyObjectProperty<List<SampleRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The rows the filter keeps. */
    public ReadOnlyObjectProperty<List<SampleRow>> shownRowsProperty() {
        return shownRows.getReadOnlyProperty();
    }
}

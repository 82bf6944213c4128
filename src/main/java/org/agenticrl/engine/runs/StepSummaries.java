package org.agenticrl.engine.runs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Summarises samples held in memory per step, as the database does for large dumps. */
final class StepSummaries {
    private StepSummaries() {
    }

    static List<StepSummary> of(List<Sample> samples) {
        Map<Long, List<Sample>> bySteps = samples.stream()
                .collect(Collectors.groupingBy(Sample::step, TreeMap::new, Collectors.toList()));
        return bySteps.entrySet().stream().map(entry -> summary(entry.getKey(), entry.getValue())).toList();
    }

    private static StepSummary summary(long step, List<Sample> samples) {
        double[] rewards = finite(samples.stream().map(Sample::reward).toList());
        List<Boolean> judged = samples.stream().map(Sample::correct).filter(Objects::nonNull).toList();
        Double accuracy = judged.isEmpty() ? null : judged.stream().filter(c -> c).count() / (double) judged.size();
        Map<String, Double> named = new LinkedHashMap<>();
        samples.stream().flatMap(s -> s.rewards().keySet().stream()).distinct().sorted().forEach(name -> named.put(name,
                Statistics.mean(finite(samples.stream().map(s -> s.rewards().get(name)).toList()))));
        return new StepSummary(step, samples.size(), Statistics.mean(rewards), Statistics.quantile(rewards, 0.1),
                Statistics.quantile(rewards, 0.9), accuracy, named,
                samples.stream().mapToInt(Sample::responseLength).average().orElse(Double.NaN));
    }

    private static double[] finite(List<Double> values) {
        return values.stream().filter(v -> v != null && Double.isFinite(v)).mapToDouble(Double::doubleValue).toArray();
    }
}

package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * verl's rollout dump, as {@code RayPPOTrainer._dump_generations} (verl/trainer/ppo/ray_trainer.py) writes it: one
 * line per sample with {@code input}, {@code output}, {@code gts}, {@code score} (the summed token-level scores),
 * {@code step}, and every key of {@code reward_extra_infos_dict} (e.g. {@code acc}, {@code request_id}). verl logs
 * no advantage and no token data.
 */
final class VerlLines implements LineFormat {
    private static final Set<String> CORE = Set.of("step", "score");

    @Override
    public RunFormat format() {
        return RunFormat.VERL;
    }

    @Override
    public Map<String, String> columns(Map<String, String> found) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("step", "JSON");
        columns.put("score", "JSON");
        columns.put("output", "VARCHAR");
        ColumnTypes.numericExcept(found, CORE).forEach(column -> columns.put(column, found.get(column)));
        return columns;
    }

    @Override
    public String rewardField() {
        return "score";
    }

    @Override
    public String responseLengthSql() {
        return "length(coalesce(output, ''))";
    }

    @Override
    public String accuracyColumn(Map<String, String> columns) {
        return ColumnTypes.accuracyColumn(columns);
    }

    @Override
    public List<String> namedRewardColumns(Map<String, String> columns) {
        String accuracy = accuracyColumn(columns);
        return ColumnTypes.numericExcept(columns, CORE).stream().filter(c -> !c.equals(accuracy)).toList();
    }

    @Override
    public Sample sample(JsonNode line, String origin, SkipReport report, String file, long number) {
        Long step = SampleFields.step(line.get("step"), report, file, number);
        Double score = step == null ? null : SampleFields.reward(line.get("score"), "score", report, file, number);
        if (score == null) {
            return null;
        }
        Map<String, Double> named = new LinkedHashMap<>();
        Boolean correct = null;
        for (Map.Entry<String, JsonNode> field : line.properties()) {
            Double value = Json.number(field.getValue());
            if (value == null || CORE.contains(field.getKey())) {
                continue;
            }
            if (correct == null && ColumnTypes.ACCURACY.contains(field.getKey())) {
                correct = Json.truth(field.getValue());
            } else {
                named.put(field.getKey(), value);
            }
        }
        String input = Json.text(line.get("input"));
        return new Sample(step, input, input, Json.text(line.get("output")), score, named, correct, null, List.of(),
                List.of(), origin);
    }
}

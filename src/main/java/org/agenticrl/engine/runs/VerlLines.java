package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * verl's rollout dump, as {@code RayPPOTrainer._dump_generations} (verl/trainer/ppo/ray_trainer.py) writes it, for
 * training ({@code trainer.rollout_data_dir}) and validation ({@code trainer.validation_data_dir}) alike: one line
 * per sample with {@code input} and {@code output} (decoded with the special tokens stripped), {@code gts} (the ground
 * truth since v0.6: absent, null, a string, a list or a dict; never a reward), {@code score} (the summed
 * token-level scores), {@code step}, every key of {@code reward_extra_infos_dict} (e.g. {@code acc}; a key named
 * {@code score} overwrites the score) and {@code request_id} where the batch has one. Numbers written from numpy as
 * strings ("0.5", "True") are read as numbers ({@link Json#lenientNumber}); an extra key whose first lines hold numbers
 * or booleans is summed as DuckDB typed it. The conversation is split into turns
 * from the decoded text ({@link ChatTranscript}). verl logs no advantage and no token data.
 */
final class VerlLines implements LineFormat {
    private static final Set<String> CORE = Set.of("step", "score");
    /** Keys that are never reward curves, whatever their values look like. */
    private static final Set<String> NOT_REWARDS = Set.of("step", "score", "input", "output", "gts", "request_id",
            "uid", "data_source");

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
        found.entrySet().stream().filter(column -> !NOT_REWARDS.contains(column.getKey()))
                .forEach(column -> columns.put(column.getKey(), ColumnTypes.numeric(column.getValue())
                        ? column.getValue() : "JSON"));
        return columns;
    }

    @Override
    public String rewardField() {
        return "score";
    }

    @Override
    public String rewardSql() {
        return SampleFields.lenientSql("score");
    }

    /** A column DuckDB found numbers or booleans in is cast; any other is read leniently (numpy's strings). */
    @Override
    public String valueSql(String column, String type) {
        return type.equals("JSON") ? SampleFields.lenientSql(column) : ColumnTypes.quote(column) + "::DOUBLE";
    }

    @Override
    public String responseLengthSql() {
        return "length(coalesce(output, ''))";
    }

    @Override
    public String accuracyColumn(Map<String, String> columns) {
        return columns.keySet().stream().filter(ColumnTypes.ACCURACY::contains).findFirst().orElse(null);
    }

    @Override
    public List<String> namedRewardColumns(Map<String, String> columns) {
        String accuracy = accuracyColumn(columns);
        return columns.keySet().stream().filter(c -> !NOT_REWARDS.contains(c) && !c.equals(accuracy)).toList();
    }

    @Override
    public Sample sample(JsonNode line, String origin, SkipReport report, String file, long number) {
        Long step = SampleFields.step(line.get("step"), report, file, number);
        Double score = step == null ? null : SampleFields.lenientReward(line.get("score"), "score", report, file,
                number);
        if (score == null) {
            return null;
        }
        Map<String, Double> named = new LinkedHashMap<>();
        Boolean correct = null;
        for (Map.Entry<String, JsonNode> field : line.properties()) {
            Double value = Json.lenientNumber(field.getValue());
            if (value == null || NOT_REWARDS.contains(field.getKey()) || CORE.contains(field.getKey())) {
                continue;
            }
            if (correct == null && ColumnTypes.ACCURACY.contains(field.getKey())) {
                correct = value > 0;
            } else {
                named.put(field.getKey(), value);
            }
        }
        String input = Json.text(line.get("input"));
        String output = Json.text(line.get("output"));
        return new Sample(step, input, input, output, score, named, correct, null, ChatTranscript.turns(input, output),
                List.of(), origin);
    }
}

package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * How one line-per-sample JSON format is read: by DuckDB for the step summaries (the columns to read and the SQL of
 * each summarised quantity) and by Jackson for one line's sample. The two must agree on which lines count: a line
 * counts when it has a whole-number step and a finite reward.
 */
interface LineFormat {
    RunFormat format();

    /**
     * DuckDB's {@code columns} for read_json: name to SQL type, given the columns and types DuckDB found in a sample of
     * the files (so that a format can add the extra columns it recognises).
     */
    Map<String, String> columns(Map<String, String> found);

    /** The JSON field of a line that holds its reward (every format here keeps its step in {@code step}). */
    String rewardField();

    /** The SQL of the step over those columns: a whole number, or null for a line that does not count. */
    default String stepSql() {
        return SampleFields.stepSql("step");
    }

    /** The SQL of the reward over those columns: a finite number, or null for a line that does not count. */
    default String rewardSql() {
        return SampleFields.rewardSql(rewardField());
    }

    /**
     * The SQL of a named reward or accuracy column's value as a DOUBLE, given the type {@link #columns} declared for
     * it (by default a plain cast).
     */
    default String valueSql(String column, String type) {
        return ColumnTypes.quote(column) + "::DOUBLE";
    }

    /** The SQL of the response length over those columns. */
    String responseLengthSql();

    /** The column judged as correct (a boolean or a number), or null. */
    String accuracyColumn(Map<String, String> columns);

    /** The numeric columns shown as named reward curves. */
    List<String> namedRewardColumns(Map<String, String> columns);

    /** The sample of one line, or null with the reason reported when it does not count. */
    Sample sample(JsonNode line, String origin, SkipReport report, String file, long number);
}

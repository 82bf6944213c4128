package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The two fields every line-per-sample record needs, checked the same way for every format, by Jackson for one line
 * and in DuckDB's SQL for the summaries: a step is a JSON integer (not "3", not 3.0), a reward a finite JSON number
 * (not "1", not true). DuckDB would cast those on its own; the index of a dump relies on both agreeing line for line.
 */
final class SampleFields {
    private SampleFields() {
    }

    /** The SQL of a step read from a JSON column: its value when it is a JSON integer that fits a BIGINT, else NULL. */
    static String stepSql(String column) {
        String quoted = ColumnTypes.quote(column);
        return "CASE WHEN json_type(" + quoted + ") IN ('BIGINT', 'UBIGINT') THEN TRY_CAST(" + quoted
                + " AS BIGINT) END";
    }

    /** The SQL of a reward read from a JSON column: its value when it is a JSON number, else NULL. */
    static String rewardSql(String column) {
        String quoted = ColumnTypes.quote(column);
        return "CASE WHEN json_type(" + quoted + ") IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN TRY_CAST(" + quoted
                + " AS DOUBLE) END";
    }

    /**
     * The SQL of a lenient number read from a JSON column (verl's values written from numpy as strings): a JSON number,
     * a boolean as 1 or 0, or a string that spells one ({@link Json#lenientNumber}); else NULL.
     */
    static String lenientSql(String column) {
        String quoted = ColumnTypes.quote(column);
        String text = "(" + quoted + " ->> '$')";
        return "CASE json_type(" + quoted + ") WHEN 'BIGINT' THEN TRY_CAST(" + quoted + " AS DOUBLE) WHEN 'UBIGINT' THEN "
                + "TRY_CAST(" + quoted + " AS DOUBLE) WHEN 'DOUBLE' THEN TRY_CAST(" + quoted + " AS DOUBLE) "
                + "WHEN 'BOOLEAN' THEN (CASE WHEN " + quoted + "::VARCHAR = 'true' THEN 1.0 ELSE 0.0 END) "
                + "WHEN 'VARCHAR' THEN (CASE WHEN lower(" + text + ") = 'true' THEN 1.0 WHEN lower(" + text
                + ") = 'false' THEN 0.0 WHEN regexp_full_match(" + text + ", '" + Json.NUMBER_PATTERN
                + "') THEN TRY_CAST(" + text + " AS DOUBLE) END) END";
    }

    /** A finite lenient reward ({@link Json#lenientNumber}), or null with "no reward" reported. */
    static Double lenientReward(JsonNode node, String field, SkipReport report, String file, long line) {
        Double value = Json.lenientNumber(node);
        if (value != null && Double.isFinite(value)) {
            return value;
        }
        report.add(new Skipped(file, line, "no reward", node == null ? "the field " + field + " is missing"
                : field + " is " + Json.text(node) + ", not a finite number"));
        return null;
    }

    /** A whole-number step, or null with "no step" reported. */
    static Long step(JsonNode node, SkipReport report, String file, long line) {
        if (node != null && node.isIntegralNumber() && node.canConvertToLong()) {
            return node.asLong();
        }
        report.add(new Skipped(file, line, "no step", node == null ? "the field step is missing"
                : "step is " + Json.text(node) + ", not a whole number"));
        return null;
    }

    /** A finite numeric reward, or null with "no reward" reported. */
    static Double reward(JsonNode node, String field, SkipReport report, String file, long line) {
        Double value = node != null && node.isNumber() ? node.asDouble() : null;
        if (value != null && Double.isFinite(value)) {
            return value;
        }
        report.add(new Skipped(file, line, "no reward", node == null ? "the field " + field + " is missing"
                : field + " is " + Json.text(node) + ", not a finite number"));
        return null;
    }
}

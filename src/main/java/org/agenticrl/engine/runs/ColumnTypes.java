package org.agenticrl.engine.runs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the readers infer from column names and DuckDB's types. */
final class ColumnTypes {
    /** Columns that hold whether a sample was judged correct (verl's reward_extra_infos "acc", and its kin). */
    static final Set<String> ACCURACY = Set.of("acc", "accuracy", "correct", "is_correct", "accuracy_reward");

    private static final Set<String> NUMERIC = Set.of("BOOLEAN", "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT",
            "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "FLOAT", "DOUBLE");

    private ColumnTypes() {
    }

    static boolean numeric(String type) {
        return NUMERIC.contains(type.toUpperCase(Locale.ROOT)) || type.toUpperCase(Locale.ROOT).startsWith("DECIMAL");
    }

    static String accuracyColumn(Map<String, String> columns) {
        return columns.entrySet().stream().filter(c -> ACCURACY.contains(c.getKey()) && numeric(c.getValue()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** The numeric columns other than those excluded, in the order given. */
    static List<String> numericExcept(Map<String, String> columns, Set<String> excluded) {
        return columns.entrySet().stream().filter(c -> !excluded.contains(c.getKey()) && numeric(c.getValue()))
                .map(Map.Entry::getKey).toList();
    }

    /** A column name as a quoted SQL identifier. */
    static String quote(String column) {
        return '"' + column.replace("\"", "\"\"") + '"';
    }
}

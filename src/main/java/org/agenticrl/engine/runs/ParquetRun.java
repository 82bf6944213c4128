package org.agenticrl.engine.runs;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * TRL's GRPO completions, as {@code GRPOTrainer} (trl/trainer/grpo_trainer.py, {@code log_completions=True}) writes
 * them (0.28 and later, through pandas' {@code to_parquet}): {@code completions/completions_{step:05d}.parquet} with
 * {@code step} (int64), {@code prompt} and {@code completion} (decoded, special tokens stripped: a chat keeps its role
 * lines), one float column per reward function named after it (null where the function returned None), the
 * {@code log_extra} columns and {@code advantage} (the logged one). The table is written in that order, so the reward
 * functions are the float columns right after {@code completion}, up to the first column of another type (a float
 * {@code log_extra} column right after them cannot be told apart). The reward is their sum with nulls skipped, TRL's
 * {@code nansum} with its default weights of 1, and none when every function returned None (TRL's "unscorable"). A
 * text column whose every value spells a number is a reward function that returned strings: reported, and left out.
 * DuckDB reads the files in place, for the summaries and for each step's samples.
 */
final class ParquetRun implements Run {
    private static final Set<String> NOT_REWARDS = Set.of("step", "advantage");
    private static final Set<String> FLOATS = Set.of("DOUBLE", "FLOAT");

    private final Path source;
    private final DuckDb db;
    private final String table;
    private final List<String> rewardColumns;
    private final String accuracy;
    private final List<StepSummary> steps;
    private final SkipReport skipped;

    private ParquetRun(Path source, DuckDb db, String table, List<String> rewardColumns, String accuracy,
                       List<StepSummary> steps, SkipReport skipped) {
        this.source = source;
        this.db = db;
        this.table = table;
        this.rewardColumns = rewardColumns;
        this.accuracy = accuracy;
        this.steps = steps;
        this.skipped = skipped;
    }

    static ParquetRun open(Path source, List<Path> files, SkipReport skipped) throws RunException {
        DuckDb db = new DuckDb();
        try {
            String table = "read_parquet(" + DuckDb.files(files) + ", union_by_name=true, filename=true)";
            Map<String, String> columns = db.describe("SELECT * FROM " + table);
            List<String> rewards = rewardColumns(db, table, columns, files, skipped);
            String accuracy = ColumnTypes.accuracyColumn(columns);
            List<StepSummary> steps = new ArrayList<>();
            try (Statement statement = db.connection().createStatement();
                 ResultSet rows = statement.executeQuery(indexQuery(table, rewards, accuracy))) {
                while (rows.next()) {
                    Map<String, Double> named = new LinkedHashMap<>();
                    for (int i = 0; i < rewards.size(); i++) {
                        named.put(rewards.get(i), rows.getDouble("named" + i));
                    }
                    steps.add(new StepSummary(rows.getLong("s"), rows.getLong("n"), rows.getDouble("mean"),
                            rows.getDouble("p10"), rows.getDouble("p90"),
                            accuracy == null ? null : rows.getObject("acc", Double.class), named,
                            rows.getDouble("len")));
                }
            }
            return new ParquetRun(source, db, table, rewards, accuracy, steps, skipped);
        } catch (SQLException e) {
            db.close();
            throw new RunException("the Parquet files could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * The float columns right after completion, up to the first column of another type; a text column among them whose
     * every value spells a number is a reward function that returned strings: reported and passed over.
     */
    private static List<String> rewardColumns(DuckDb db, String table, Map<String, String> columns, List<Path> files,
                                              SkipReport skipped) throws SQLException {
        List<String> rewards = new ArrayList<>();
        boolean after = false;
        for (Map.Entry<String, String> column : columns.entrySet()) {
            if (column.getKey().equals("completion")) {
                after = true;
            } else if (after && !NOT_REWARDS.contains(column.getKey()) && FLOATS.contains(column.getValue())) {
                rewards.add(column.getKey());
            } else if (after && !(column.getValue().equals("VARCHAR")
                    && reportedTextReward(db, table, column.getKey(), files, skipped))) {
                break;
            }
        }
        return rewards;
    }

    /** Whether the text column holds only numbers written as text, reported as a reward column of text if so. */
    private static boolean reportedTextReward(DuckDb db, String table, String column, List<Path> files,
                                              SkipReport skipped) throws SQLException {
        String quoted = ColumnTypes.quote(column);
        try (Statement statement = db.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(" + quoted + ") AS n, count(TRY_CAST(" + quoted
                     + " AS DOUBLE)) AS numbers, any_value(" + quoted + ") AS example, any_value(filename) AS file "
                     + "FROM " + table)) {
            if (rows.next() && rows.getLong("n") > 0 && rows.getLong("n") == rows.getLong("numbers")) {
                skipped.add(new Skipped(files.size() == 1 ? files.get(0).toString() : rows.getString("file"), 0,
                        "reward column of text", "column " + column + " holds numbers written as text ('"
                        + rows.getString("example") + "'): left out of the reward"));
                return true;
            }
        }
        return false;
    }

    /** The sum of the reward columns with nulls (and NaN) skipped; NULL when all are (or when there are none). */
    private static String rewardSql(List<String> rewards) {
        if (rewards.isEmpty()) {
            return "NULL::DOUBLE";
        }
        List<String> values = rewards.stream().map(c -> "nullif(" + ColumnTypes.quote(c) + "::DOUBLE, 'NaN'::DOUBLE)")
                .toList();
        return "(CASE WHEN " + values.stream().map(v -> v + " IS NULL").collect(Collectors.joining(" AND "))
                + " THEN NULL ELSE " + values.stream().map(v -> "coalesce(" + v + ", 0)")
                .collect(Collectors.joining(" + ")) + " END)";
    }

    private static String indexQuery(String table, List<String> rewards, String accuracy) {
        StringBuilder select = new StringBuilder("SELECT step AS s, count(*) AS n, avg(r) AS mean, "
                + "quantile_cont(r, 0.1) AS p10, quantile_cont(r, 0.9) AS p90, "
                + "avg(length(coalesce(completion::VARCHAR, ''))) AS len");
        select.append(accuracy == null ? "" : ", avg(nullif(" + ColumnTypes.quote(accuracy)
                + "::DOUBLE, 'NaN'::DOUBLE)) AS acc");
        for (int i = 0; i < rewards.size(); i++) {
            select.append(", avg(nullif(").append(ColumnTypes.quote(rewards.get(i)))
                    .append("::DOUBLE, 'NaN'::DOUBLE)) AS named").append(i);
        }
        return select + " FROM (SELECT *, " + rewardSql(rewards) + " AS r FROM " + table
                + ") WHERE step IS NOT NULL GROUP BY step ORDER BY step";
    }

    @Override
    public RunFormat format() {
        return RunFormat.TRL;
    }

    @Override
    public Path source() {
        return source;
    }

    @Override
    public List<StepSummary> steps() {
        return steps;
    }

    /** One query per page: DuckDB keeps the files' row order (insertion order), so LIMIT and OFFSET are stable. */
    @Override
    public List<Sample> samples(long step, int from, int count) throws RunException {
        SampleRange.checkPage(step, from, count, sampleCount(step));
        List<Sample> samples = new ArrayList<>(count);
        try (PreparedStatement query = db.connection().prepareStatement("SELECT *, " + rewardSql(rewardColumns)
                + " AS r__ FROM " + table + " WHERE step = ? LIMIT ? OFFSET ?")) {
            query.setLong(1, step);
            query.setInt(2, count);
            query.setInt(3, from);
            try (ResultSet rows = query.executeQuery()) {
                long row = from;
                while (rows.next()) {
                    samples.add(sample(rows, step, ++row));
                }
            }
        } catch (SQLException e) {
            throw new RunException("step " + step + " could not be read: " + e.getMessage(), e);
        }
        return samples;
    }

    private Sample sample(ResultSet rows, long step, long row) throws SQLException {
        Map<String, Double> named = new LinkedHashMap<>();
        for (String column : rewardColumns) {
            Object value = rows.getObject(column);
            named.put(column, value instanceof Number number ? number.doubleValue()
                    : value instanceof Boolean flag ? (flag ? 1.0 : 0.0) : Double.NaN);
        }
        Double correct = accuracy == null ? null : named.get(accuracy);
        Object advantage = rows.getObject("advantage");
        String prompt = String.valueOf(rows.getObject("prompt"));
        String completion = String.valueOf(rows.getObject("completion"));
        return new Sample(step, prompt, prompt, completion, rows.getObject("r__", Double.class),
                named, correct == null || correct.isNaN() ? null : correct > 0,
                advantage instanceof Number number ? number.doubleValue() : null,
                ChatTranscript.turns(prompt, completion), List.of(), rows.getString("filename") + " row " + row);
    }

    @Override
    public SkipReport skipped() {
        return skipped;
    }

    @Override
    public void close() {
        db.close();
    }
}

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
 * them: {@code completions/completions_{step:05d}.parquet} with {@code step}, {@code prompt}, {@code completion}, one
 * column per reward function named after it, the {@code log_extra} columns and {@code advantage}. The reward is the sum
 * of the numeric columns other than step and advantage (TRL's default weights of 1; a NaN, TRL's "not scored", counts
 * as 0 as in its nansum). DuckDB reads the files in place, for the summaries and for each step's samples.
 */
final class ParquetRun implements Run {
    private static final Set<String> NOT_REWARDS = Set.of("step", "advantage");

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
            List<String> rewards = ColumnTypes.numericExcept(columns, NOT_REWARDS);
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

    private static String rewardSql(List<String> rewards) {
        return rewards.isEmpty() ? "NULL::DOUBLE" : rewards.stream()
                .map(c -> "coalesce(nullif(" + ColumnTypes.quote(c) + "::DOUBLE, 'NaN'::DOUBLE), 0)")
                .collect(Collectors.joining(" + ", "(", ")"));
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
        return new Sample(step, prompt, prompt, String.valueOf(rows.getObject("completion")), rows.getDouble("r__"),
                named, correct == null || correct.isNaN() ? null : correct > 0,
                advantage instanceof Number number ? number.doubleValue() : null, List.of(), List.of(),
                rows.getString("filename") + " row " + row);
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

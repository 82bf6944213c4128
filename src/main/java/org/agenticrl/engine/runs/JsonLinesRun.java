package org.agenticrl.engine.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A line-per-sample JSON run (verl, this app's JSONL) of any size. On open DuckDB reads every file once and
 * aggregates each step in SQL (nothing of the dump stays in memory); the lines it could not use are found by counting
 * each file's lines and re-reading, with Jackson, only the files whose count differs, so that each skipped line is
 * reported with its number and reason. A step's samples are read from its files when asked for.
 */
final class JsonLinesRun implements Run {
    private static final String RECORDS = "records";

    private final LineFormat format;
    private final Path source;
    private final boolean following;
    private final List<StepSummary> steps;
    private final Map<Long, List<Path>> filesOfStep;
    private final SkipReport skipped;

    private JsonLinesRun(LineFormat format, Path source, boolean following, List<StepSummary> steps,
                         Map<Long, List<Path>> filesOfStep, SkipReport skipped) {
        this.format = format;
        this.source = source;
        this.following = following;
        this.steps = steps;
        this.filesOfStep = filesOfStep;
        this.skipped = skipped;
    }

    /**
     * Indexes the files. With following set, a last line without its newline is being written: it is neither counted
     * nor reported.
     */
    static JsonLinesRun open(LineFormat format, Path source, List<Path> files, boolean following, SkipReport skipped)
            throws RunException {
        try (DuckDb db = new DuckDb()) {
            Map<String, String> columns = format.columns(foundColumns(db, files.get(0)));
            String accuracy = format.accuracyColumn(columns);
            List<String> named = format.namedRewardColumns(columns);
            Map<Long, StepSummary> steps = new TreeMap<>();
            Map<Long, List<Path>> filesOfStep = new HashMap<>();
            Map<String, Long> usedPerFile = new HashMap<>();
            try (Statement statement = db.connection().createStatement();
                 ResultSet rows = statement.executeQuery(indexQuery(format, files, columns, accuracy, named))) {
                while (rows.next()) {
                    long step = rows.getLong("s");
                    if (rows.getInt("per_step") == 1) {
                        steps.put(step, summary(rows, step, accuracy, named));
                    } else {
                        String file = rows.getString("filename");
                        filesOfStep.computeIfAbsent(step, s -> new ArrayList<>()).add(Path.of(file));
                        usedPerFile.merge(file, rows.getLong("n"), Long::sum);
                    }
                }
            }
            reportUnused(format, files, usedPerFile, following, skipped);
            return new JsonLinesRun(format, source, following, List.copyOf(steps.values()), filesOfStep, skipped);
        } catch (SQLException e) {
            throw new RunException("the files could not be indexed: " + e.getMessage(), e);
        }
    }

    /** The columns DuckDB infers from the first file, or none when it cannot read that file. */
    private static Map<String, String> foundColumns(DuckDb db, Path first) {
        try {
            return db.describe("SELECT * FROM read_json(" + DuckDb.literal(first.toString())
                    + ", format='newline_delimited', ignore_errors=true)");
        } catch (SQLException e) {
            return Map.of();
        }
    }

    private static String indexQuery(LineFormat format, List<Path> files, Map<String, String> columns, String accuracy,
                                     List<String> named) {
        String columnSpec = columns.entrySet().stream()
                .map(c -> DuckDb.literal(c.getKey()) + ": " + DuckDb.literal(c.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
        StringBuilder select = new StringBuilder("SELECT GROUPING(filename) AS per_step, filename, s, count(*) AS n, "
                + "avg(r) AS mean, quantile_cont(r, 0.1) AS p10, quantile_cont(r, 0.9) AS p90, avg(len) AS len");
        select.append(accuracy == null ? ", NULL AS acc" : ", avg(" + ColumnTypes.quote(accuracy) + "::DOUBLE) AS acc");
        for (int i = 0; i < named.size(); i++) {
            select.append(", avg(").append(ColumnTypes.quote(named.get(i))).append("::DOUBLE) AS named").append(i);
        }
        return select + " FROM (SELECT *, " + format.stepSql() + " AS s, " + format.rewardSql() + " AS r, "
                + format.responseLengthSql() + " AS len FROM read_json(" + DuckDb.files(files)
                + ", format='newline_delimited', ignore_errors=true, filename=true, maximum_object_size="
                + Json.MAX_DOCUMENT_BYTES + ", columns=" + columnSpec + ")) AS " + RECORDS
                + " WHERE s IS NOT NULL AND r IS NOT NULL AND isfinite(r) GROUP BY GROUPING SETS ((s), (filename, s))";
    }

    private static StepSummary summary(ResultSet rows, long step, String accuracy, List<String> named)
            throws SQLException {
        Map<String, Double> namedMeans = new LinkedHashMap<>();
        for (int i = 0; i < named.size(); i++) {
            namedMeans.put(named.get(i), rows.getDouble("named" + i));
        }
        return new StepSummary(step, rows.getLong("n"), rows.getDouble("mean"), rows.getDouble("p10"),
                rows.getDouble("p90"), accuracy == null ? null : (Double) rows.getObject("acc", Double.class),
                namedMeans, rows.getDouble("len"));
    }

    /** Re-reads, with line numbers and reasons, only the files where DuckDB used fewer records than there are lines. */
    private static void reportUnused(LineFormat format, List<Path> files, Map<String, Long> usedPerFile,
                                     boolean following, SkipReport skipped) {
        for (Path file : files) {
            long used = usedPerFile.getOrDefault(file.toString(), 0L);
            long lines;
            try {
                lines = LineScanner.countLines(file, following);
            } catch (IOException e) {
                skipped.add(new Skipped(file.toString(), 0, "unreadable file", String.valueOf(e.getMessage())));
                continue;
            }
            if (lines != used) {
                LineScanner.scan(file, following, skipped, (number, line) ->
                        format.sample(line, file + ":" + number, skipped, file.toString(), number));
            }
        }
    }

    @Override
    public RunFormat format() {
        return format.format();
    }

    @Override
    public Path source() {
        return source;
    }

    @Override
    public List<StepSummary> steps() {
        return steps;
    }

    @Override
    public List<Sample> samples(long step) {
        List<Sample> samples = new ArrayList<>();
        SkipReport alreadyReported = new SkipReport();
        for (Path file : filesOfStep.getOrDefault(step, List.of())) {
            LineScanner.scan(file, following, alreadyReported, (number, line) -> {
                Sample sample = format.sample(line, file + ":" + number, alreadyReported, file.toString(), number);
                if (sample != null && sample.step() == step) {
                    samples.add(sample);
                }
            });
        }
        return samples;
    }

    @Override
    public SkipReport skipped() {
        return skipped;
    }

    @Override
    public void close() {
        // the database is closed once the index is built; nothing stays open
    }
}

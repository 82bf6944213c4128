package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A line-per-sample JSON run (verl, this app's JSONL) of any size. On open DuckDB reads every file once and
 * aggregates each step in SQL; then each file's lines are split (in parallel, in large chunks) into an index of where
 * each step's samples are: a file whose lines are all samples of one step (as DuckDB counted them) needs nothing more,
 * any other file is re-read with Jackson, which finds each sample's step and names each skipped line with its number
 * and reason. The index holds only offsets (about 24 bytes a sample); a sample is read by seeking to its line and
 * parsing that line alone.
 */
final class JsonLinesRun implements Run {
    private static final String RECORDS = "records";

    private final LineFormat format;
    private final Path source;
    private final List<StepSummary> steps;
    private final List<Path> files;
    private final Map<Long, SampleLines> index;
    private final SkipReport skipped;

    private JsonLinesRun(LineFormat format, Path source, List<StepSummary> steps, List<Path> files,
                         Map<Long, SampleLines> index, SkipReport skipped) {
        this.format = format;
        this.source = source;
        this.steps = steps;
        this.files = files;
        this.index = index;
        this.skipped = skipped;
    }

    /**
     * Summarises and indexes the files. With following set, a last line without its newline that is not yet a whole
     * JSON object is being written: it is neither counted nor reported. Once cancelled (asked from the indexing
     * threads) the files not yet indexed are left out: the caller, which cancelled, throws the run away.
     */
    static JsonLinesRun open(LineFormat format, Path source, List<Path> files, boolean following, SkipReport skipped,
                             BooleanSupplier cancelled) throws RunException {
        Map<Long, StepSummary> steps = new TreeMap<>();
        Map<String, Map<Long, Long>> usedPerFile = new HashMap<>();
        try (DuckDb db = new DuckDb()) {
            Map<String, String> columns = format.columns(foundColumns(db, files));
            String accuracy = format.accuracyColumn(columns);
            List<String> named = format.namedRewardColumns(columns);
            try (Statement statement = db.connection().createStatement();
                 ResultSet rows = statement.executeQuery(indexQuery(format, files, columns, accuracy, named))) {
                while (rows.next()) {
                    long step = rows.getLong("s");
                    if (rows.getInt("per_step") == 1) {
                        steps.put(step, summary(rows, step, accuracy, named));
                    } else {
                        usedPerFile.computeIfAbsent(rows.getString("filename"), f -> new HashMap<>())
                                .put(step, rows.getLong("n"));
                    }
                }
            }
        } catch (SQLException e) {
            throw new RunException("the files could not be indexed: " + e.getMessage(), e);
        }
        List<FileLines> perFile = IntStream.range(0, files.size()).parallel().mapToObj(i -> cancelled.getAsBoolean()
                ? FileLines.NONE : FileLines.of(format, files.get(i), i,
                usedPerFile.getOrDefault(files.get(i).toString(), Map.of()), following)).toList();
        Map<Long, SampleLines> index = new HashMap<>();
        for (FileLines lines : perFile) {
            skipped.addAll(lines.skipped());
            lines.samplesOfStep().forEach((step, its) -> index.computeIfAbsent(step, s -> new SampleLines()).addAll(its));
        }
        return new JsonLinesRun(format, source, StepSummary.withoutEmptyNamedRewards(steps.values()), files, index,
                skipped);
    }

    /**
     * The columns DuckDB infers from the files (the union of every file's first lines: an extra key that a later step
     * adds counts), or none when it cannot read them.
     */
    private static Map<String, String> foundColumns(DuckDb db, List<Path> files) {
        try {
            return db.describe("SELECT * FROM read_json(" + DuckDb.files(files)
                    + ", format='newline_delimited', ignore_errors=true, union_by_name=true, maximum_object_size="
                    + Json.MAX_DOCUMENT_BYTES + ")");
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
        select.append(accuracy == null ? ", NULL AS acc" : ", avg(" + format.valueSql(accuracy) + ") AS acc");
        for (int i = 0; i < named.size(); i++) {
            select.append(", avg(").append(format.valueSql(named.get(i))).append(") AS named").append(i);
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
            Double mean = rows.getObject("named" + i, Double.class);
            namedMeans.put(named.get(i), mean == null ? Double.NaN : mean);
        }
        return new StepSummary(step, rows.getLong("n"), rows.getDouble("mean"), rows.getDouble("p10"),
                rows.getDouble("p90"), accuracy == null ? null : (Double) rows.getObject("acc", Double.class),
                namedMeans, rows.getDouble("len"));
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
    public List<Sample> samples(long step, int from, int count) throws RunException {
        SampleLines lines = index.get(step);
        SampleRange.checkPage(step, from, count, lines == null ? 0 : lines.size());
        List<Sample> samples = new ArrayList<>(count);
        try (LineSeeker seeker = new LineSeeker(files)) {
            for (int i = from; i < from + count; i++) {
                samples.add(sample(seeker, lines, i));
            }
        }
        return samples;
    }

    private Sample sample(LineSeeker seeker, SampleLines lines, int i) throws RunException {
        Path file = files.get(lines.file(i));
        long number = lines.number(i);
        SkipReport why = new SkipReport();
        byte[] line = seeker.line(lines.file(i), lines.offset(i), lines.length(i));
        JsonNode object = LineScanner.parse(line, 0, line.length, file.toString(), number, why);
        Sample sample = object == null ? null
                : format.sample(object, file + ":" + number, why, file.toString(), number);
        if (sample == null) {
            throw new RunException(file + ":" + number + " changed since the run was opened: "
                    + why.cases().stream().map(s -> s.reason() + " (" + s.detail() + ")").findFirst()
                    .orElse("the line is blank"));
        }
        return sample;
    }

    /** The index's count: the same as the step's summary unless a line is read differently by DuckDB and Jackson. */
    @Override
    public int sampleCount(long step) {
        SampleLines lines = index.get(step);
        return lines == null ? 0 : lines.size();
    }

    @Override
    public SkipReport skipped() {
        return skipped;
    }

    @Override
    public void close() {
        // the database is closed once the index is built; a file is open only while its samples are read
    }
}

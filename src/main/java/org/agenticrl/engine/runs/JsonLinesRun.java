package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

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
    private static final int SCHEMA_LINES = 64;

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
     * Summarises and indexes the files, each read only when the cache has nothing valid for it (see {@link RunCache}):
     * DuckDB sums the files that are read per file and step, their lines are indexed, and their parts are cached. With
     * following set, a last line without its newline that is not yet a whole JSON object is being written: it is
     * neither counted nor reported. Once cancelled (asked from the indexing threads) the files not yet indexed are left
     * out: the caller, which cancelled, throws the run away.
     */
    static JsonLinesRun open(LineFormat format, Path source, List<Path> files, boolean following, SkipReport skipped,
                             BooleanSupplier cancelled, RunCache cache) throws RunException {
        RunCache.FilePart[] parts = new RunCache.FilePart[files.size()];
        List<Integer> unread = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            parts[i] = cache.load(files.get(i), i, format.format(), following).orElse(null);
            if (parts[i] == null) {
                unread.add(i);
            }
        }
        if (!unread.isEmpty()) {
            Map<String, Map<Long, StepSummaries.Accumulator>> figures = summarise(format,
                    unread.stream().map(files::get).toList());
            unread.parallelStream().forEach(i -> {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                Path file = files.get(i);
                Map<Long, StepSummaries.Accumulator> its = figures.getOrDefault(file.toString(), Map.of());
                Map<Long, Long> used = new HashMap<>();
                its.forEach((step, accumulator) -> used.put(step, accumulator.samples()));
                parts[i] = new RunCache.FilePart(its, FileLines.of(format, file, i, used, following));
                cache.store(file, format.format(), following, parts[i]);
            });
        }
        Map<Long, StepSummaries.Accumulator> steps = new TreeMap<>();
        Map<Long, SampleLines> index = new HashMap<>();
        for (RunCache.FilePart part : parts) {
            if (part == null) {
                continue;
            }
            part.figures().forEach((step, figures) -> steps.computeIfAbsent(step, s -> new StepSummaries.Accumulator())
                    .merge(figures));
            skipped.addAll(part.lines().skipped());
            part.lines().samplesOfStep().forEach((step, its) -> index.computeIfAbsent(step, s -> new SampleLines())
                    .addAll(its));
        }
        return new JsonLinesRun(format, source, StepSummary.withoutEmptyNamedRewards(StepSummaries.of(steps)), files,
                index, skipped);
    }

    /** DuckDB's figures of each file and step: the count, the rewards, and the sums of the rest with their counts. */
    private static Map<String, Map<Long, StepSummaries.Accumulator>> summarise(LineFormat format, List<Path> files)
            throws RunException {
        Map<String, Map<Long, StepSummaries.Accumulator>> figures = new HashMap<>();
        try (DuckDb db = new DuckDb()) {
            Map<String, String> columns = format.columns(foundColumns(db, files));
            String accuracy = format.accuracyColumn(columns);
            List<String> named = format.namedRewardColumns(columns);
            try (Statement statement = db.connection().createStatement();
                 ResultSet rows = statement.executeQuery(indexQuery(format, files, columns, accuracy, named))) {
                while (rows.next()) {
                    StepSummaries.Accumulator step = new StepSummaries.Accumulator();
                    Object[] rewards = (Object[]) rows.getArray("rewards").getArray();
                    step.addSums(rows.getLong("n"), Arrays.stream(rewards)
                                    .mapToDouble(r -> ((Number) r).doubleValue()).toArray(), rows.getDouble("len_sum"),
                            rows.getLong("len_n"), rows.getDouble("acc_sum"), rows.getLong("acc_n"));
                    for (int i = 0; i < named.size(); i++) {
                        step.addNamed(named.get(i), rows.getDouble("named_sum" + i), rows.getLong("named_n" + i));
                    }
                    figures.computeIfAbsent(rows.getString("filename"), f -> new HashMap<>()).put(rows.getLong("s"),
                            step);
                }
            }
        } catch (SQLException e) {
            throw new RunException("the files could not be indexed: " + e.getMessage(), e);
        }
        return figures;
    }

    /**
     * The columns DuckDB infers from the first {@value #SCHEMA_LINES} lines of the first and the last file (in step
     * order as listed), so that an extra key a later step adds counts; none when it cannot read them. Not every file:
     * DuckDB then reads all of them at once, holding a buffer for each (over a gigabyte for 500 files).
     */
    private static Map<String, String> foundColumns(DuckDb db, List<Path> files) {
        try {
            return db.describe("SELECT * FROM read_json(" + DuckDb.files(List.of(files.get(0),
                            files.get(files.size() - 1)).stream().distinct().toList())
                    + ", format='newline_delimited', ignore_errors=true, union_by_name=true, sample_size=" + SCHEMA_LINES
                    + ", maximum_object_size=" + Json.MAX_DOCUMENT_BYTES + ")");
        } catch (SQLException e) {
            return Map.of();
        }
    }

    private static String indexQuery(LineFormat format, List<Path> files, Map<String, String> columns, String accuracy,
                                     List<String> named) {
        String columnSpec = columns.entrySet().stream()
                .map(c -> DuckDb.literal(c.getKey()) + ": " + DuckDb.literal(c.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
        StringBuilder select = new StringBuilder("SELECT filename, s, count(*) AS n, list(r) AS rewards, "
                + "sum(len) AS len_sum, count(len) AS len_n");
        String accuracyValue = accuracy == null ? "NULL::DOUBLE" : format.valueSql(accuracy, columns.get(accuracy));
        select.append(", coalesce(sum(").append(accuracyValue).append("), 0) AS acc_sum, count(").append(accuracyValue)
                .append(") AS acc_n");
        for (int i = 0; i < named.size(); i++) {
            String value = format.valueSql(named.get(i), columns.get(named.get(i)));
            select.append(", coalesce(sum(").append(value).append("), 0) AS named_sum").append(i)
                    .append(", count(").append(value).append(") AS named_n").append(i);
        }
        return select + " FROM (SELECT *, " + format.stepSql() + " AS s, " + format.rewardSql() + " AS r, "
                + format.responseLengthSql() + " AS len FROM read_json(" + DuckDb.files(files)
                + ", format='newline_delimited', ignore_errors=true, filename=true, maximum_object_size="
                + Json.MAX_DOCUMENT_BYTES + ", columns=" + columnSpec + ")) AS " + RECORDS
                + " WHERE s IS NOT NULL AND r IS NOT NULL AND isfinite(r) GROUP BY filename, s";
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

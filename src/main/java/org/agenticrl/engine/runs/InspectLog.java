package org.agenticrl.engine.runs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * One inspect_ai log, a step of its run: a {@code .json} document, or a {@code .eval} zip of {@code header.json},
 * {@code samples/{id}_epoch_{n}.json} and {@code summaries.json} whose entries may be stored (method 0), deflated (8)
 * or, since inspect_ai 0.3.206, Zstandard-compressed (93), read by commons-compress with zstd-jni. A log of up to
 * {@value #READ_WHOLE} samples is read whole when opened; a larger one is summarised from its summaries.json (or its
 * journal's summaries, for a log that did not finish), streamed, and each sample's entry is read when asked for, so that
 * a log of gigabytes opens in seconds. A log that did not succeed says so in its notes. An entry that cannot be
 * read, or a zip whose central directory is missing (its entries are then read one after another from the start), is
 * reported with the file and the entry; the rest opens.
 */
final class InspectLog implements AutoCloseable {
    static final int READ_WHOLE = 2000;
    private static final String SAMPLES = "samples/";

    private final Path file;
    private final ZipFile zip;
    private final List<ZipArchiveEntry> entries;
    private final List<Sample> samples;
    private final StepSummaries.Accumulator summary;
    private final List<String> notes;
    private final SkipReport skipped;
    private final Set<String> reported = new HashSet<>();

    private InspectLog(Path file, ZipFile zip, List<ZipArchiveEntry> entries, List<Sample> samples,
                       StepSummaries.Accumulator summary, List<String> notes, SkipReport skipped) {
        this.file = file;
        this.zip = zip;
        this.entries = entries;
        this.samples = samples;
        this.summary = summary;
        this.notes = notes;
        this.skipped = skipped;
    }

    /** A .json log's document or a .eval's header.json names it an inspect_ai log. */
    static boolean recognises(JsonNode document) {
        return document.has("eval") && (document.has("samples") || document.has("status"));
    }

    static InspectLog open(Path file, long step, SkipReport skipped) {
        return open(file, step, skipped, READ_WHOLE);
    }

    /** As {@link #open(Path, long, SkipReport)}, reading whole a log of up to readWhole samples. */
    static InspectLog open(Path file, long step, SkipReport skipped, int readWhole) {
        return Documents.isZip(file) ? archive(file, step, skipped, readWhole) : document(file, step, skipped);
    }

    private static InspectLog document(Path file, long step, SkipReport skipped) {
        List<Sample> samples = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Documents.read(file.toString(), () -> Files.newInputStream(file), skipped).ifPresent(log -> {
            notes.addAll(statusNotes(file, log, log.path("samples").size()));
            log.path("samples").forEach(sample -> samples.add(InspectSample.of(sample, step, file + " sample "
                    + Json.text(sample.get("id")) + " epoch " + sample.path("epoch"), skipped)));
        });
        return whole(file, samples, notes, skipped);
    }

    private static InspectLog whole(Path file, List<Sample> samples, List<String> notes, SkipReport skipped) {
        StepSummaries.Accumulator summary = new StepSummaries.Accumulator();
        samples.forEach(s -> summary.add(s.reward(), s.rewards(), s.correct(), s.responseLength()));
        return new InspectLog(file, null, List.of(), List.copyOf(samples), summary, notes, skipped);
    }

    private static InspectLog archive(Path file, long step, SkipReport skipped, int readWhole) {
        ZipFile zip;
        ReadAheadChannel channel = null;
        try {
            channel = new ReadAheadChannel(file);
            zip = ZipFile.builder().setSeekableByteChannel(channel).setIgnoreLocalFileHeader(true).get();
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            skipped.add(new Skipped(file.toString(), 0, "damaged zip", "its central directory could not be read ("
                    + e.getMessage() + "); its entries are read one after another from the start"));
            return salvaged(file, step, skipped);
        }
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries()).stream()
                .filter(e -> e.getName().startsWith(SAMPLES) && e.getName().endsWith(".json")).toList();
        List<String> notes = new ArrayList<>();
        entry(zip, "header.json", file, skipped).ifPresent(header -> notes.addAll(statusNotes(file, header,
                entries.size())));
        if (entries.size() > readWhole) {
            Optional<StepSummaries.Accumulator> fromSummaries = summaries(zip, file, step, skipped);
            if (fromSummaries.isPresent()) {
                return new InspectLog(file, zip, entries, null, fromSummaries.get(), notes, skipped);
            }
        }
        List<Sample> samples = new ArrayList<>();
        for (ZipArchiveEntry entry : entries) {
            String origin = file + "!" + entry.getName();
            Documents.entry(zip, entry, origin, skipped)
                    .ifPresent(sample -> samples.add(InspectSample.of(sample, step, origin, skipped)));
        }
        closeQuietly(zip);
        return whole(file, samples, notes, skipped);
    }

    /** A zip whose central directory is gone: its local entries, read in order as far as they go. */
    private static InspectLog salvaged(Path file, long step, SkipReport skipped) {
        List<Sample> samples = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             ZipArchiveInputStream zip = new ZipArchiveInputStream(in)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String origin = file + "!" + entry.getName();
                if (entry.getName().equals("header.json")) {
                    Documents.read(origin, () -> Documents.unclosed(zip), skipped)
                            .ifPresent(header -> notes.addAll(statusNotes(file, header, -1)));
                } else if (entry.getName().startsWith(SAMPLES) && entry.getName().endsWith(".json")) {
                    Documents.read(origin, () -> Documents.unclosed(zip), skipped)
                            .ifPresent(sample -> samples.add(InspectSample.of(sample, step, origin, skipped)));
                }
            }
        } catch (IOException | RuntimeException e) {
            skipped.add(new Skipped(file.toString(), 0, "damaged zip", "reading its entries in order stopped after "
                    + samples.size() + " samples: " + e.getMessage()));
        }
        return whole(file, samples, notes, skipped);
    }

    private static Optional<JsonNode> entry(ZipFile zip, String name, Path file, SkipReport skipped) {
        ZipArchiveEntry entry = zip.getEntry(name);
        return entry == null ? Optional.empty() : Documents.entry(zip, entry, file + "!" + name, skipped);
    }

    /**
     * The step's figures from summaries.json, or from the journal's summaries of a log that did not finish, each
     * summary streamed one at a time; empty when the log has neither.
     */
    private static Optional<StepSummaries.Accumulator> summaries(ZipFile zip, Path file, long step,
                                                                 SkipReport skipped) {
        List<ZipArchiveEntry> sources = new ArrayList<>();
        ZipArchiveEntry whole = zip.getEntry("summaries.json");
        if (whole != null) {
            sources.add(whole);
        } else {
            Map<Integer, ZipArchiveEntry> journal = new TreeMap<>();
            Collections.list(zip.getEntries()).stream().filter(e -> e.getName().matches("_journal/summaries/\\d+\\.json"))
                    .forEach(e -> journal.put(Integer.parseInt(e.getName().replaceAll("\\D", "")), e));
            sources.addAll(journal.values());
        }
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        StepSummaries.Accumulator accumulator = new StepSummaries.Accumulator();
        for (ZipArchiveEntry source : sources) {
            String origin = file + "!" + source.getName();
            try (InputStream in = zip.getInputStream(source); JsonParser parser = Json.MAPPER.createParser(in)) {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw new IOException("it is not a JSON array");
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    Sample sample = InspectSample.summary(parser.readValueAsTree(), step, origin);
                    accumulator.add(sample.reward(), sample.rewards(), sample.correct(), -1);
                }
            } catch (IOException | RuntimeException e) {
                skipped.add(new Skipped(origin, 0, "unreadable entry", String.valueOf(e.getMessage())));
                return Optional.empty();
            }
        }
        return Optional.of(accumulator);
    }

    /** Notes for a log that did not succeed: cancelled, failed (with its error's message) or still running. */
    private static List<String> statusNotes(Path file, JsonNode log, int samples) {
        String status = Json.text(log.get("status"));
        if (status.isEmpty() || status.equals("success")) {
            return List.of();
        }
        String held = samples < 0 ? "" : "; it holds " + samples + (samples == 1 ? " sample" : " samples");
        String error = Json.text(log.path("error").get("message"));
        return List.of(file.getFileName() + ": the evaluation " + switch (status) {
            case "cancelled" -> "was cancelled";
            case "error" -> "ended with an error" + (error.isEmpty() ? "" : " (" + firstLine(error) + ")");
            case "started" -> "had not finished when the log was read";
            default -> "ended with status " + status;
        } + held);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    int sampleCount() {
        return samples != null ? samples.size() : entries.size();
    }

    StepSummary summary(long step) {
        return summary.summary(step);
    }

    List<String> notes() {
        return notes;
    }

    /** The samples from..from+count-1, in the order the log holds them. */
    List<Sample> samples(long step, int from, int count) throws RunException {
        SampleRange.checkPage(step, from, count, sampleCount());
        if (samples != null) {
            return samples.subList(from, from + count);
        }
        List<Sample> page = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            ZipArchiveEntry entry = entries.get(i);
            String origin = file + "!" + entry.getName();
            SkipReport why = new SkipReport();
            JsonNode sample = Documents.entry(zip, entry, origin, why).orElseThrow(() -> new RunException(origin
                    + ": " + why.cases().get(0).reason() + " (" + why.cases().get(0).detail() + ")"));
            SkipReport problems = new SkipReport();
            page.add(InspectSample.of(sample, step, origin, problems));
            if (reported.add(origin)) {
                skipped.addAll(problems);
            }
        }
        return page;
    }

    /**
     * The epochs of the sample at index: for a log read when asked, only the entries named after the same sample id
     * ({@code samples/{id}_epoch_{n}.json}) are read.
     */
    List<Sample> group(long step, int index) throws RunException {
        SampleRange.checkIndex(step, index, sampleCount());
        if (samples != null) {
            String key = samples.get(index).group();
            return samples.stream().filter(sample -> sample.group().equals(key)).toList();
        }
        String prefix = epochPrefix(entries.get(index).getName());
        List<Sample> group = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (epochPrefix(entries.get(i).getName()).equals(prefix)) {
                group.addAll(samples(step, i, 1));
            }
        }
        return group;
    }

    /** "samples/7_epoch_" of "samples/7_epoch_2.json": what every epoch of one sample's entry starts with. */
    private static String epochPrefix(String entry) {
        int epoch = entry.lastIndexOf("_epoch_");
        return epoch < 0 ? entry : entry.substring(0, epoch + "_epoch_".length());
    }

    @Override
    public void close() {
        if (zip != null) {
            closeQuietly(zip);
        }
    }

    private static void closeQuietly(java.io.Closeable zip) {
        try {
            if (zip != null) {
                zip.close();
            }
        } catch (IOException e) {
            // a file opened only for reading loses nothing when closing fails
        }
    }
}

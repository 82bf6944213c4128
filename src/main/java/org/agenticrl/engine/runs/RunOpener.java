package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Opens a run from a file or a folder (searched {@value #DEPTH} levels deep): each file's format is recognised by
 * content, the format most files share is the run's, and every other file is listed as skipped. rLLM's validation
 * episodes ({@code val_step_*} folders) are left out, so that the steps are training steps. Nothing is ever written.
 */
public final class RunOpener {
    private static final int DEPTH = 4;

    private RunOpener() {
    }

    /**
     * @param following the run is still being written: a last line without its newline is waited for, not reported
     * @throws RunException when the path does not exist or nothing in it is a run, with the reason
     */
    public static Run open(Path path, boolean following) throws RunException {
        return open(path, following, OpenProgress.NONE);
    }

    /**
     * As {@link #open(Path, boolean)}, telling progress how far it got and stopping when it cancels.
     *
     * @throws RunException also when progress cancelled; a run opened meanwhile is closed
     */
    public static Run open(Path path, boolean following, OpenProgress progress) throws RunException {
        Run run = openChecked(path, following, progress);
        if (progress.cancelled()) {
            run.close();
            throw cancelled(path);
        }
        return run;
    }

    private static RunException cancelled(Path path) {
        return new RunException("opening " + path + " was cancelled");
    }

    private static Run openChecked(Path path, boolean following, OpenProgress progress) throws RunException {
        List<Path> files = files(path);
        if (files.isEmpty()) {
            throw new RunException("nothing in " + path + " is a run: " + (Files.isDirectory(path)
                    ? "the folder is empty" : "it is not a readable file"));
        }
        Map<RunFormat, List<Path>> byFormat = new EnumMap<>(RunFormat.class);
        SkipReport skipped = new SkipReport();
        try (FormatSniffer sniffer = new FormatSniffer()) {
            for (int i = 0; i < files.size(); i++) {
                if (progress.cancelled()) {
                    throw cancelled(path);
                }
                Path file = files.get(i);
                Optional<RunFormat> format = sniffer.sniff(file);
                progress.recognised(i + 1, files.size());
                if (format.isPresent()) {
                    byFormat.computeIfAbsent(format.get(), f -> new ArrayList<>()).add(file);
                } else {
                    skipped.add(new Skipped(file.toString(), 0, "not a run file", "no format this app reads"));
                }
            }
        }
        RunFormat format = byFormat.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
                .map(Map.Entry::getKey).orElseThrow(() -> new RunException("nothing in " + path + " is a run: "
                        + files.size() + " file" + (files.size() == 1 ? " is" : "s are") + " in no format this app "
                        + "reads (verl, TRL, rLLM, inspect_ai, this app's episode JSON or run JSONL)"));
        byFormat.forEach((other, its) -> its.stream().filter(f -> other != format).forEach(file -> skipped.add(
                new Skipped(file.toString(), 0, "another format", other.label() + ", not " + format.label()))));
        List<Path> chosen = byFormat.get(format);
        if (progress.cancelled()) {
            throw cancelled(path);
        }
        return switch (format) {
            case VERL -> JsonLinesRun.open(new VerlLines(), path, chosen, following, skipped,
                    progress::cancelled);
            case AGENTIC_JSONL -> JsonLinesRun.open(new AgenticLines(), path, chosen, following,
                    skipped, progress::cancelled);
            case TRL -> ParquetRun.open(path, chosen, skipped);
            case RLLM -> new InMemoryRun(format, path, rllm(chosen, skipped), skipped);
            case INSPECT -> new InMemoryRun(format, path, inspect(chosen, skipped), skipped);
            case APP_EPISODE -> new InMemoryRun(format, path, documents(chosen, skipped, AppEpisodes::sample), skipped);
        };
    }

    private static List<Path> files(Path path) throws RunException {
        if (!Files.exists(path)) {
            throw new RunException("no such file or folder: " + path);
        }
        try (Stream<Path> walk = Files.walk(path, DEPTH)) {
            return walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException | RuntimeException e) {
            throw new RunException("could not list " + path + ": " + e.getMessage(), e);
        }
    }

    /** Maps one parsed document to a sample (null when the mapper reported why not). */
    private interface DocumentMapper {
        Sample sample(JsonNode document, String origin);
    }

    private static List<Sample> documents(List<Path> files, SkipReport skipped, DocumentMapper mapper) {
        List<Sample> samples = new ArrayList<>();
        for (Path file : files) {
            readDocument(file.toString(), () -> Files.newInputStream(file), skipped)
                    .map(document -> mapper.sample(document, file.toString())).ifPresent(samples::add);
        }
        return samples;
    }

    private static List<Sample> rllm(List<Path> files, SkipReport skipped) {
        List<Path> training = files.stream().filter(f -> f.getParent() == null
                || !f.getParent().getFileName().toString().startsWith("val_")).toList();
        return documents(training, skipped, (document, origin) -> RllmEpisodes.sample(document, origin, skipped));
    }

    /** Each log is a step, in file order: a .json log's samples, or a .eval archive's samples/ entries. */
    private static List<Sample> inspect(List<Path> files, SkipReport skipped) {
        List<Sample> samples = new ArrayList<>();
        long step = 0;
        for (Path file : files) {
            long thisStep = ++step;
            if (isZip(file)) {
                samples.addAll(archiveSamples(file, thisStep, skipped));
            } else {
                readDocument(file.toString(), () -> Files.newInputStream(file), skipped).ifPresent(log ->
                        log.path("samples").forEach(sample -> samples.add(InspectLogs.sample(sample, thisStep,
                                file + " sample " + Json.text(sample.get("id")) + " epoch " + sample.path("epoch")))));
            }
        }
        return samples;
    }

    private static List<Sample> archiveSamples(Path file, long step, SkipReport skipped) {
        List<Sample> samples = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> entries = zip.stream().filter(e -> e.getName().startsWith("samples/")
                    && e.getName().endsWith(".json")).toList();
            for (ZipEntry entry : entries) {
                String origin = file + "!" + entry.getName();
                readDocument(origin, () -> zip.getInputStream(entry), skipped)
                        .ifPresent(sample -> samples.add(InspectLogs.sample(sample, step, origin)));
            }
        } catch (IOException e) {
            skipped.add(new Skipped(file.toString(), 0, "unreadable file", String.valueOf(e.getMessage())));
        }
        return samples;
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
        } catch (IOException e) {
            return false;
        }
    }

    /** Something that opens a stream, which may fail. */
    private interface Source {
        InputStream open() throws IOException;
    }

    private static Optional<JsonNode> readDocument(String origin, Source source, SkipReport skipped) {
        try (InputStream in = source.open()) {
            JsonNode document = Json.MAPPER.readTree(in);
            if (document != null && document.isObject()) {
                return Optional.of(document);
            }
            skipped.add(new Skipped(origin, 0, "not a JSON object", "the document is not a JSON object"));
        } catch (IOException e) {
            skipped.add(new Skipped(origin, 0, "not JSON", String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }
}

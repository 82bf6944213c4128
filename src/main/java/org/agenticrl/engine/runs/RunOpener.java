package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Opens a run from a file or a folder (searched {@value #DEPTH} levels deep): each file's format is recognised by
 * content, the format most files share is the run's, and every other file is listed as skipped (but rLLM's companion
 * files, read with its episodes). Files in a validation folder ({@code val_step_*}, {@code val}, {@code validation}
 * below the opened path) are a series of their own, {@link Run#validationSteps()}, unless every file is in one: then
 * they are the run's steps. Nothing is ever written.
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
        return open(path, following, progress, RunCache.standard());
    }

    /**
     * As {@link #open(Path, boolean, OpenProgress)}, keeping what it learns of a line-per-sample dump's files in this
     * cache and reading again only the files it has nothing valid for.
     */
    public static Run open(Path path, boolean following, OpenProgress progress, RunCache cache) throws RunException {
        Run run = openChecked(path, following, progress, cache);
        if (progress.cancelled()) {
            run.close();
            throw cancelled(path);
        }
        return run;
    }

    private static RunException cancelled(Path path) {
        return new RunException("opening " + path + " was cancelled");
    }

    private static Run openChecked(Path path, boolean following, OpenProgress progress, RunCache cache)
            throws RunException {
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
                Optional<RunFormat> format = cache.knownFormat(file).or(() -> sniffer.sniff(file));
                progress.recognised(i + 1, files.size());
                if (format.isPresent()) {
                    byFormat.computeIfAbsent(format.get(), f -> new ArrayList<>()).add(file);
                } else {
                    skipped.add(new Skipped(file.toString(), 0, "not a run file", "no format this app reads"));
                }
            }
        }
        byFormat.remove(RunFormat.RLLM_COMPANION);
        RunFormat format = byFormat.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
                .map(Map.Entry::getKey).orElseThrow(() -> new RunException("nothing in " + path + " is a run: "
                        + files.size() + " file" + (files.size() == 1 ? " is" : "s are") + " in no format this app "
                        + "reads (verl, TRL, rLLM, inspect_ai, this app's episode JSON or run JSONL)"));
        byFormat.forEach((other, its) -> its.stream().filter(f -> other != format).forEach(file -> skipped.add(
                new Skipped(file.toString(), 0, "another format", other.label() + ", not " + format.label()))));
        List<Path> chosen = byFormat.get(format);
        List<Path> validation = chosen.stream().filter(file -> isValidation(path, file)).toList();
        List<Path> training = validation.size() == chosen.size() ? chosen
                : chosen.stream().filter(file -> !validation.contains(file)).toList();
        if (progress.cancelled()) {
            throw cancelled(path);
        }
        Run run = open(format, path, training, following, skipped, progress, cache);
        if (training == chosen || validation.isEmpty()) {
            return run;
        }
        try (Run validationRun = open(format, path, validation, following, skipped, progress, cache)) {
            return new ValidatedRun(run, validationRun.steps());
        } catch (RunException | RuntimeException e) {
            run.close();
            throw e;
        }
    }

    private static Run open(RunFormat format, Path path, List<Path> files, boolean following, SkipReport skipped,
                            OpenProgress progress, RunCache cache) throws RunException {
        return switch (format) {
            case VERL -> JsonLinesRun.open(new VerlLines(), path, files, following, skipped, progress::cancelled,
                    cache);
            case AGENTIC_JSONL -> JsonLinesRun.open(new AgenticLines(), path, files, following, skipped,
                    progress::cancelled, cache);
            case TRL -> ParquetRun.open(path, files, skipped);
            case RLLM -> new InMemoryRun(format, path, documents(files, skipped,
                    (document, origin) -> RllmEpisodes.sample(document, origin, skipped)), skipped);
            case INSPECT -> InspectRun.open(path, files, skipped);
            case APP_EPISODE -> new InMemoryRun(format, path, documents(files, skipped, AppEpisodes::sample), skipped);
            case RLLM_COMPANION -> throw new IllegalStateException("a companion file is never a run of its own");
        };
    }

    /**
     * Whether a file is a validation file: in a folder below the opened path whose name starts with "val" (rLLM's
     * val_step_N_epoch_E, a verl validation_data_dir such as val or validation).
     */
    private static boolean isValidation(Path opened, Path file) {
        Path relative = opened.relativize(file).getParent();
        if (relative == null) {
            return false;
        }
        for (Path folder : relative) {
            if (folder.toString().toLowerCase(java.util.Locale.ROOT).startsWith("val")) {
                return true;
            }
        }
        return false;
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
            Documents.read(file.toString(), () -> Files.newInputStream(file), skipped)
                    .map(document -> mapper.sample(document, file.toString())).ifPresent(samples::add);
        }
        return samples;
    }
}

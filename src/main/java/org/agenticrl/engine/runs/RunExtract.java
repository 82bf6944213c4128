package org.agenticrl.engine.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The samples of a real run that a lesson shows, carried inside the lesson so that it travels alone: the run's name
 * and its samples as lines of verl's rollout dump (what {@code train --rollouts} writes; see {@link VerlLines}), in
 * the order the steps list them, each kept as compact JSON. {@link #open()} reads them as a {@link Run} of their own, which the Run tab shows as
 * it shows the files; no file is ever read or followed. Immutable; the constructor refuses an extract that is empty,
 * too large or holds a line that is not a sample, with the reason.
 *
 * @param name what the run is called on screen (its folder's name where it came from)
 * @param lines one JSON object per sample, verl's keys ({@code input}, {@code output}, {@code score}, {@code step} and
 *              the reward extras)
 */
public record RunExtract(String name, List<String> lines) {
    /** The most samples an extract holds: what a few chapters show, kept to kilobytes. */
    public static final int MAX_SAMPLES = 64;
    /** The most characters of all lines together. */
    public static final int MAX_CHARS = 64 * 1024;
    /** The longest name, in characters. */
    public static final int MAX_NAME = 80;

    /** @throws IllegalArgumentException with the reason, e.g. "line 3: the sample has no step" */
    public RunExtract {
        name = name == null ? "" : name.strip();
        lines = lines.stream().map(RunExtract::compact).toList();
        if (name.isEmpty() || name.length() > MAX_NAME || name.lines().count() > 1) {
            throw new IllegalArgumentException("the run's name must be one line of 1 to " + MAX_NAME + " characters");
        }
        if (lines.isEmpty() || lines.size() > MAX_SAMPLES) {
            throw new IllegalArgumentException("an extract holds 1 to " + MAX_SAMPLES + " samples, not "
                    + lines.size());
        }
        int chars = lines.stream().mapToInt(String::length).sum();
        if (chars > MAX_CHARS) {
            throw new IllegalArgumentException("the samples are " + chars + " characters long; at most " + MAX_CHARS);
        }
        samples(name, lines);
    }

    /**
     * The extract of these samples of a run, each written as a line of verl's dump: its prompt as {@code input}, its
     * response as {@code output}, its reward as {@code score}, its step, whether it was judged correct as {@code acc}
     * and its named rewards. What a verl dump does not hold (token data, a logged advantage) is not kept.
     *
     * @throws IllegalArgumentException as the constructor does, or when a sample has no reward
     */
    public static RunExtract of(String name, List<Sample> samples) {
        List<String> lines = new ArrayList<>(samples.size());
        for (Sample sample : samples) {
            if (sample.reward() == null) {
                throw new IllegalArgumentException("a sample of step " + sample.step() + " has no reward to keep");
            }
            ObjectNode line = Json.MAPPER.createObjectNode();
            line.put("input", sample.prompt());
            line.put("output", sample.response());
            line.put("score", sample.reward());
            line.put("step", sample.step());
            if (sample.correct() != null) {
                line.put("acc", sample.correct());
            }
            for (Map.Entry<String, Double> reward : sample.rewards().entrySet()) {
                line.put(reward.getKey(), reward.getValue());
            }
            lines.add(line.toString());
        }
        return new RunExtract(name, lines);
    }

    /** The extract as a run: its samples grouped by step, in the verl format, its source the name. */
    public Run open() {
        return new InMemoryRun(RunFormat.VERL, Path.of(name), samples(name, lines), new SkipReport());
    }

    /** The lines as JSON trees, for a file that holds them as objects. */
    public List<JsonNode> trees() {
        return lines.stream().map(RunExtract::tree).toList();
    }

    /** A line as compact JSON, or as it is when it is no JSON (refused with its number by the check after). */
    private static String compact(String line) {
        try {
            JsonNode tree = Json.MAPPER.readTree(line);
            return tree == null ? line : tree.toString();
        } catch (JsonProcessingException e) {
            return line;
        }
    }

    private static JsonNode tree(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a checked line no longer reads", e);
        }
    }

    private static List<Sample> samples(String name, List<String> lines) {
        VerlLines format = new VerlLines();
        List<Sample> samples = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SkipReport report = new SkipReport();
            JsonNode line;
            try {
                line = Json.MAPPER.readTree(lines.get(i));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("sample " + (i + 1) + " is not JSON: " + Json.reason(e), e);
            }
            if (line == null || !line.isObject()) {
                throw new IllegalArgumentException("sample " + (i + 1) + " is not a JSON object");
            }
            Sample sample = format.sample(line, name + " sample " + (i + 1), report, name, i + 1);
            if (sample == null) {
                throw new IllegalArgumentException("sample " + (i + 1) + ": " + report.cases().stream().findFirst()
                        .map(skipped -> skipped.reason() + (skipped.detail().isEmpty() ? "" : " (" + skipped.detail()
                                + ")")).orElse("not a sample of verl's dump"));
            }
            samples.add(sample);
        }
        return samples;
    }
}

package org.agenticrl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.DoubleFunction;
import org.agenticrl.engine.runs.AdvantageSource;
import org.agenticrl.engine.runs.PromptGroup;
import org.agenticrl.engine.runs.Run;
import org.agenticrl.engine.runs.RunException;
import org.agenticrl.engine.runs.RunOpener;
import org.agenticrl.engine.runs.Sample;
import org.agenticrl.engine.runs.Skipped;
import org.agenticrl.engine.runs.StepSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inspect PATH [--step N [--sample I]] [--advantage A] [--timing] [--json]}: a real run's format, its steps
 * (samples, reward mean, p10, p90, accuracy, named rewards, response length), its validation steps, the reader's notes,
 * what was skipped and why; with --step, that step's groups; with --sample too, that sample's turns, tool calls,
 * rewards, advantage and tokens. Exit 2 with the reason when nothing in PATH is a run.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Open a real run (a verl, TRL, rLLM or inspect_ai dump, or this app's episode JSON or run JSONL) "
                + "and print its steps, what was skipped, and with --step a step's groups, with --sample one sample's turns.")
final class InspectCommand implements Callable<Integer> {
    private static final int SHOWN_SKIPS = 20;

    @Spec
    CommandSpec spec;
    @Mixin
    Output output;

    @Parameters(paramLabel = "PATH", description = "a run's file or folder")
    Path path;
    @Option(names = "--step", paramLabel = "N", description = "also print this step's groups of samples by prompt")
    Long step;
    @Option(names = "--advantage", paramLabel = "A", defaultValue = "logged",
            description = "with --step: logged (GRPO where nothing is logged), grpo, drgrpo or rloo (default ${DEFAULT-VALUE})")
    String advantage;

    @Option(names = "--sample", paramLabel = "I", description = "with --step: print that step's sample I (counting "
            + "from 1, as the Step table numbers samples): its turns, tool calls, rewards, advantage and tokens")
    Integer sample;

    @Option(names = "--timing", description = "also print, on stderr, how long opening the run, reading the step and "
            + "reading " + RunTiming.SAMPLES + " random samples one at a time took, and the peak resident memory")
    boolean timing;

    /** The JSON output: groups is null without --step. */
    record InspectJson(String format, String source, List<StepSummary> steps, List<StepSummary> validationSteps,
                       List<String> notes, long skippedTotal, Map<String, Long> skippedCounts, List<Skipped> skipped,
                       Long step, List<GroupJson> groups, SampleJson sample) {
    }

    /** One group of the chosen step: prompt, reward statistics and each sample's reward and advantage. */
    record GroupJson(String prompt, int samples, double rewardMean, double rewardStd, String advantage,
                     List<Double> rewards, List<Double> advantages) {
    }

    @Override
    public Integer call() throws Exception {
        AdvantageSource source = advantageSource();
        long start = System.nanoTime();
        try (Run run = RunOpener.open(path, false)) {
            long opened = System.nanoTime();
            checkStep(run);
            SampleJson one = sample == null ? null : sampleJson(run, source);
            List<GroupJson> groups = step == null || sample != null ? null : PromptGroup.of(run.samples(step), source)
                    .stream().map(InspectCommand::groupJson).toList();
            if (timing) {
                long grouped = System.nanoTime();
                String samples = RunTiming.randomSamples(run);
                spec.commandLine().getErr().printf(Locale.ROOT, "curve (run opened and indexed) in %.2f s%s%n%s%n%s%n",
                        (opened - start) / 1e9, step == null ? "" : String.format(Locale.ROOT,
                                "; step %d's samples read and grouped in %.1f ms", step, (grouped - opened) / 1e6),
                        samples, RunTiming.peakResident());
                spec.commandLine().getErr().flush();
            }
            InspectJson json = new InspectJson(run.format().label(), run.source().toString(), run.steps(),
                    run.validationSteps(), run.notes(), run.skipped().total(), run.skipped().counts(),
                    run.skipped().cases(), step, groups, one);
            output.print(spec.commandLine().getOut(), json, () -> text(json));
            return 0;
        } catch (RunException e) {
            spec.commandLine().getErr().println("inspect: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return Cli.USAGE;
        }
    }

    private void checkStep(Run run) {
        if (sample != null && step == null) {
            throw new IllegalArgumentException("--sample needs --step: a sample is numbered within its step");
        }
        if (step != null && run.steps().stream().noneMatch(s -> s.step() == step)) {
            throw new IllegalArgumentException("--step: the run has no step " + step + (run.steps().isEmpty()
                    ? " (it has no steps)" : " (its steps: " + run.steps().get(0).step() + " to "
                    + run.steps().get(run.steps().size() - 1).step() + ")"));
        }
        if (sample != null && (sample < 1 || sample > run.sampleCount(step))) {
            throw new IllegalArgumentException("--sample: step " + step + " has samples 1 to " + run.sampleCount(step)
                    + ", not " + sample);
        }
    }

    /** The sample with its advantage over its group (the samples of the step that share its group). */
    private SampleJson sampleJson(Run run, AdvantageSource source) throws RunException {
        Sample chosen = run.sample(step, sample - 1);
        List<Sample> group = run.group(step, sample - 1).stream().map(s -> s.origin().equals(chosen.origin())
                ? chosen : s).toList();
        return SampleJson.of(run.format(), chosen, sample, PromptGroup.of(group, source).get(0));
    }

    private AdvantageSource advantageSource() {
        return switch (advantage.toLowerCase(Locale.ROOT)) {
            case "logged" -> AdvantageSource.LOGGED;
            case "grpo" -> AdvantageSource.GRPO;
            case "drgrpo" -> AdvantageSource.DR_GRPO;
            case "rloo" -> AdvantageSource.RLOO;
            default -> throw new IllegalArgumentException("--advantage: '" + advantage
                    + "' is not one of logged, grpo, drgrpo, rloo");
        };
    }

    private static GroupJson groupJson(PromptGroup group) {
        return new GroupJson(group.prompt(), group.samples().size(), group.rewardMean(), group.rewardStd(),
                group.source().label(), group.samples().stream().map(s -> s.reward()).toList(), group.advantages());
    }

    private static String text(InspectJson json) {
        String line = System.lineSeparator();
        if (json.sample() != null) {
            return json.sample().text();
        }
        StringBuilder text = new StringBuilder("format: ").append(json.format()).append(line)
                .append("source: ").append(json.source()).append(line);
        json.notes().forEach(note -> text.append("note: ").append(note).append(line));
        text.append(line).append(stepTable(json.steps()));
        if (!json.validationSteps().isEmpty()) {
            text.append(line).append("validation steps (a series of their own):").append(line)
                    .append(stepTable(json.validationSteps()));
        }
        text.append(line).append("skipped: ").append(json.skippedTotal());
        json.skippedCounts().forEach((reason, count) -> text.append(line).append("  ").append(count).append(" x ")
                .append(reason));
        json.skipped().stream().limit(SHOWN_SKIPS).forEach(s -> text.append(line).append("  ").append(s.file())
                .append(s.line() > 0 ? ":" + s.line() : "").append(": ").append(s.reason()).append(" (")
                .append(s.detail()).append(')'));
        if (json.skippedTotal() > SHOWN_SKIPS) {
            text.append(line).append("  ... (--json lists the first ").append(json.skipped().size()).append(')');
        }
        if (json.groups() != null) {
            text.append(line).append(line).append("step ").append(json.step()).append(": ").append(json.groups().size())
                    .append(" group").append(json.groups().size() == 1 ? "" : "s").append(" by prompt");
            for (GroupJson group : json.groups()) {
                text.append(line).append(String.format(Locale.ROOT, "  %d sample(s), reward mean %s, std %s; advantage %s",
                        group.samples(), number(group.rewardMean()), number(group.rewardStd()), group.advantage()))
                        .append(line).append("    prompt: ").append(abbreviate(group.prompt()))
                        .append(line).append("    rewards:    ").append(join(group.rewards(), InspectCommand::number))
                        .append(line).append("    advantages: ").append(join(group.advantages(), InspectCommand::number));
            }
        }
        return text.toString();
    }

    private static String stepTable(List<StepSummary> summaries) {
        List<String> named = summaries.stream().flatMap(s -> s.namedRewards().keySet().stream()).distinct().toList();
        boolean accuracy = summaries.stream().anyMatch(s -> s.accuracy() != null);
        TextTable steps = new TextTable(0);
        List<String> header = new ArrayList<>(List.of("step", "samples", "reward mean", "p10", "p90"));
        if (accuracy) {
            header.add("accuracy");
        }
        header.addAll(named);
        header.add("response chars");
        steps.row(header.toArray(String[]::new));
        for (StepSummary summary : summaries) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(summary.step()), String.valueOf(summary.samples()),
                    number(summary.rewardMean()), number(summary.rewardP10()), number(summary.rewardP90())));
            if (accuracy) {
                row.add(summary.accuracy() == null ? "-" : number(summary.accuracy()));
            }
            named.forEach(name -> row.add(number(summary.namedRewards().getOrDefault(name, Double.NaN))));
            row.add(Double.isNaN(summary.meanResponseLength()) ? "-"
                    : String.format(Locale.ROOT, "%.0f", summary.meanResponseLength()));
            steps.row(row.toArray(String[]::new));
        }
        return steps.render();
    }

    private static String join(List<Double> values, DoubleFunction<String> format) {
        return String.join(" ", values.stream().map(v -> v == null ? "-" : format.apply(v)).toList());
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= 100 ? flat : flat.substring(0, 100) + "...";
    }
}

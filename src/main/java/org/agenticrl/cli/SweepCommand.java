package org.agenticrl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.session.AtomicWrite;
import org.agenticrl.engine.sweep.SeedResult;
import org.agenticrl.engine.sweep.Sweep;
import org.agenticrl.engine.sweep.SweepAxis;
import org.agenticrl.engine.sweep.SweepCsv;
import org.agenticrl.engine.sweep.SweepListener;
import org.agenticrl.engine.sweep.SweepMerge;
import org.agenticrl.engine.sweep.SweepParameter;
import org.agenticrl.engine.sweep.SweepPlan;
import org.agenticrl.engine.sweep.SweepProgress;
import org.agenticrl.engine.sweep.SweepResult;
import org.agenticrl.engine.sweep.SweepShard;
import org.agenticrl.engine.training.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code sweep}: trains a grid of two settings, several seeds per cell, on all cores, and prints what each cell's
 * agents do on fresh episodes. {@code --shard I/N} trains one slice of the cells (a job of a cluster's array), and
 * {@code --merge} joins the slices' files into the whole grid's result.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Train a grid of two settings (default lambda1 x lambda2), several seeds per cell, in parallel;",
            "each run is exactly train with the cell's settings and seed, evaluated on fresh live episodes.",
            "Every other setting is train's: the loss is exact unless asked otherwise (--reward process, --sft exact, "
                + "--kl exact)."})
final class SweepCommand extends ScenarioCommand {
    /** The option that sets each sweepable setting for every run, which an axis must not silently override. */
    /** The options --merge takes; every other one is a setting of the run, which the shards' files hold. */
    private static final Set<String> MERGE_OPTIONS = Set.of("--merge", "--json", "--csv", "--out");
    private static final Map<SweepParameter, String> OPTION = Map.of(SweepParameter.LAMBDA1, "--lambda1",
            SweepParameter.LAMBDA2, "--lambda2", SweepParameter.LR, "--lr", SweepParameter.GROUP, "--group");

    @Mixin
    LossOptions lossOptions;
    @Mixin
    TrainingOptions trainingOptions;
    @Option(names = "--x", paramLabel = "NAME=V1,V2,...",
            description = "the setting along a row and its values; NAME is lambda1, lambda2, lr, group or gamma "
                    + "(default lambda1=0,0.01,0.03,0.1,0.3,1,2)")
    String x;
    @Option(names = "--y", paramLabel = "NAME=V1,V2,...",
            description = "the setting down a column, another than --x's (default lambda2=0,0.001,0.01,0.1,1,2); "
                    + "at most " + SweepPlan.MAX_CELLS + " cells")
    String y;
    @Option(names = "--episodes", paramLabel = "N", defaultValue = "" + SweepPlan.DEFAULT_EPISODES,
            description = "training episodes per run, 1 to " + TrainCommand.MAX_EPISODES
                    + " (rounded up to whole groups; default ${DEFAULT-VALUE})")
    int episodes;
    @Option(names = "--seeds", paramLabel = "S", defaultValue = "" + SweepPlan.DEFAULT_SEEDS,
            description = "runs per cell, 1 to " + SweepPlan.MAX_SEEDS + " (default ${DEFAULT-VALUE})")
    int seeds;
    @Option(names = "--seed", paramLabel = "B", defaultValue = "0",
            description = "seed s of every cell trains from numpy seed B + s and is evaluated from B + s + 1, as "
                    + "train --seed B+s (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--eval", paramLabel = "E", defaultValue = "" + SweepPlan.DEFAULT_EVALUATION,
            description = "fresh live episodes measuring each trained policy, 1 to " + TrainCommand.MAX_EVALUATION
                    + " (default ${DEFAULT-VALUE})")
    int evaluationEpisodes;
    @Option(names = "--threads", paramLabel = "T",
            description = "worker threads, 1 to " + Sweep.MAX_THREADS + " (default: one per core)")
    Integer threads;
    @Option(names = "--csv", description = "print CSV, a row per run, instead of text")
    boolean csv;
    @Option(names = "--shard", paramLabel = "I/N", description = "train only shard I of N (counted from 0: 0/4 to 3/4): "
            + "every N-th cell of the grid from the I-th; prints its JSON, which --merge joins with the other shards'")
    String shard;
    @Option(names = "--merge", paramLabel = "FILE", arity = "1..*", description = "join the files of every shard of "
            + "one sweep into the whole sweep's result, the same as one run gives it (text, --json or --csv); the grid "
            + "and its settings come from the files")
    List<Path> merge;
    @Option(names = "--out", paramLabel = "FILE", description = "write the output to FILE instead of printing it; the "
            + "file is replaced in one step, so a job stopped half-way leaves no half-written file")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (merge != null) {
            return merge();
        }
        TrainingConfig base = trainingOptions.config(seed, lossOptions);
        SweepAxis xAxis = axis("--x", x, SweepPlan.DEFAULT_X, base);
        SweepAxis yAxis = axis("--y", y, SweepPlan.DEFAULT_Y, base);
        Arguments.inRange(spec, "--episodes", episodes, 1, TrainCommand.MAX_EPISODES);
        Arguments.inRange(spec, "--seeds", seeds, 1, SweepPlan.MAX_SEEDS);
        Arguments.inRange(spec, "--eval", evaluationEpisodes, 1, TrainCommand.MAX_EVALUATION);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors()
                : (int) Arguments.inRange(spec, "--threads", threads, 1, Sweep.MAX_THREADS);
        requireOneFormat();
        SweepShard slice = SweepShard.WHOLE;
        if (shard != null) {
            try {
                slice = SweepShard.parse(shard);
            } catch (IllegalArgumentException e) {
                throw Arguments.invalid(spec, "--shard: " + e.getMessage());
            }
            if (csv) {
                throw Arguments.invalid(spec, "a shard's result is JSON, which --merge reads; drop --csv");
            }
        }
        if (xAxis.parameter() == yAxis.parameter() && (x == null) != (y == null)) {
            String given = x == null ? "--y" : "--x";
            String defaulted = x == null ? "--x" : "--y";
            throw Arguments.invalid(spec, given + " sweeps " + xAxis.parameter().id() + ", which " + defaulted
                    + " sweeps by default; give " + defaulted + " another setting");
        }
        SweepPlan plan;
        try {
            plan = new SweepPlan(xAxis, yAxis, base, episodes, seeds, evaluationEpisodes);
        } catch (IllegalArgumentException e) {
            throw Arguments.invalid(spec, e.getMessage());
        }
        Scenario scenario = scenarioOption.load();
        SweepResult result = run(scenario, plan, slice, workers);
        if (shard != null) {
            emit(Output.toJson(SweepJson.of(result, new SweepJson.ShardJson(slice.index(), slice.count(),
                    scenario.id()))));
        } else {
            emit(result);
        }
        return 0;
    }

    /** {@code --merge}: the shards' files read, checked and joined, then written as one sweep's result. */
    private int merge() throws IOException {
        List<String> others = spec.commandLine().getParseResult().matchedOptions().stream()
                .map(OptionSpec::longestName).filter(name -> !MERGE_OPTIONS.contains(name)).distinct().toList();
        if (!others.isEmpty()) {
            throw Arguments.invalid(spec, "--merge takes the grid and its settings from the shards' files; drop "
                    + String.join(", ", others));
        }
        requireOneFormat();
        emit(SweepMerge.merge(merge.stream().map(SweepShardFile::read).toList()));
        return 0;
    }

    private void requireOneFormat() {
        if (csv && output.json) {
            throw Arguments.invalid(spec, "--json and --csv are two formats; choose one");
        }
    }

    /** The result as text, --json or --csv, printed or written to --out. */
    private void emit(SweepResult result) throws IOException {
        emit(csv ? SweepCsv.of(result.plan(), result.cells())
                : output.json ? Output.toJson(SweepJson.of(result)) : SweepText.text(result));
    }

    private void emit(String text) throws IOException {
        if (out == null) {
            spec.commandLine().getOut().println(text);
            return;
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        AtomicWrite.write(out, (text + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
    }

    /** The axis the option gives, or the default; refused if an option given for every run sets the same setting. */
    private SweepAxis axis(String option, String text, SweepAxis fallback, TrainingConfig base) {
        SweepAxis axis = text == null ? fallback : SweepAxisOption.parse(spec, option, text, base);
        String overridden = OPTION.get(axis.parameter());
        if (overridden != null && spec.commandLine().getParseResult().hasMatchedOption(overridden)) {
            throw Arguments.invalid(spec, overridden + " sets " + axis.parameter().id() + " for every run, which "
                    + option + " sweeps; drop one of them");
        }
        return axis;
    }

    /** Runs the sweep to its end, with a progress line on a terminal; a failed run is an internal error. */
    private SweepResult run(Scenario scenario, SweepPlan plan, SweepShard slice, int workers)
            throws InterruptedException {
        TerminalProgress progress = TerminalProgress.on(spec.commandLine().getErr());
        Sweep sweep = new Sweep(scenario, plan, slice, workers);
        sweep.start(new SweepListener() {
            @Override
            public void runFinished(int cell, SeedResult seedResult, SweepProgress now) {
                progress.show(() -> String.format(Locale.ROOT, "sweep: %d/%d runs%s", now.runsDone(), now.runs(),
                        now.secondsLeft().isPresent() ? String.format(Locale.ROOT, ", about %.0f s left",
                                now.secondsLeft().getAsDouble()) : ""));
            }
        });
        SweepResult result = sweep.await();
        progress.done();
        if (result.failure().isPresent()) {
            throw new IllegalStateException("a run failed: " + result.failure().get(), result.failure().get());
        }
        return result;
    }
}

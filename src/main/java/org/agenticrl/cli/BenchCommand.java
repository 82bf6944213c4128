package org.agenticrl.cli;

import java.util.Locale;
import java.util.function.LongSupplier;
import org.agenticrl.engine.episode.History;
import org.agenticrl.engine.episode.Task;
import org.agenticrl.engine.generation.Generator;
import org.agenticrl.engine.generation.TokenChooser;
import org.agenticrl.engine.numeric.NumpyRandom;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.sweep.Sweep;
import org.agenticrl.engine.sweep.SweepListener;
import org.agenticrl.engine.sweep.SweepPlan;
import org.agenticrl.engine.sweep.SweepResult;
import org.agenticrl.engine.training.Trainer;
import org.agenticrl.engine.training.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: the engine's throughput on one thread, each workload run once to warm the JIT up and then timed.
 * Its sampled tokens per second measure what {@code bench_notebook.py} measures for the seed's own code: sampled
 * {@code generate_text} with 12 tokens at most, from numpy seed 0.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Throughput of sampling, live episodes and training on one thread, after a warm-up; with --sweep "
                + "also sweep's on one thread and on every core.")
final class BenchCommand extends ScenarioCommand {
    private static final int MAX_TOKENS = 12;
    private static final int LIMIT = 100_000_000;

    @Option(names = "--generations", paramLabel = "N", defaultValue = "2000000",
            description = "sampled generations to time (default ${DEFAULT-VALUE})")
    int generations;
    @Option(names = "--episodes", paramLabel = "M", defaultValue = "100000",
            description = "live episodes to time (default ${DEFAULT-VALUE})")
    int episodes;
    @Option(names = "--train-episodes", paramLabel = "K", defaultValue = "20000",
            description = "training episodes to time, with the default training settings (default ${DEFAULT-VALUE})")
    int trainEpisodes;

    @Option(names = "--sweep", description = "also time sweep's default grid, after a warm-up sweep, on 1 thread and "
            + "on every core")
    boolean sweep;
    @Option(names = "--sweep-episodes", paramLabel = "K", defaultValue = "" + SweepPlan.DEFAULT_EPISODES,
            description = "with --sweep: training episodes per run of the grid (default ${DEFAULT-VALUE})")
    int sweepEpisodes;

    /** The JSON output; the counts say what was timed; sweep is null without --sweep. */
    record BenchJson(double sampledTokensPerSecond, double episodesPerSecond, double trainEpisodesPerSecond,
                     int generations, long sampledTokens, int episodes, int trainEpisodes, SweepBenchJson sweep) {
    }

    /** The sweep's grid on 1 thread and on every core (threads); speedUp is the 1-thread time over the other. */
    record SweepBenchJson(double oneThreadCellsPerSecond, double cellsPerSecond, double speedUp, int threads, int cells,
                          int runs, long trainingEpisodes) {
    }

    @Override
    public Integer call() throws Exception {
        Arguments.inRange(spec, "--generations", generations, 1, LIMIT);
        Arguments.inRange(spec, "--episodes", episodes, 1, LIMIT);
        Arguments.inRange(spec, "--train-episodes", trainEpisodes, 1, LIMIT);
        Arguments.inRange(spec, "--sweep-episodes", sweepEpisodes, 1, TrainCommand.MAX_EPISODES);
        Scenario scenario = scenarioOption.load();
        Policy policy = scenario.pretrainedPolicy();
        Timing sampling = warmedUpAndTimed(() -> sampleTokens(scenario.generator(), policy));
        Timing live = warmedUpAndTimed(() -> runEpisodes(scenario, policy));
        Timing training = warmedUpAndTimed(() -> train(scenario));
        BenchJson json = new BenchJson(sampling.perSecond(), live.perSecond(), training.perSecond(), generations,
                sampling.count(), episodes, (int) training.count(), sweep ? timeSweeps(scenario) : null);
        output.print(spec.commandLine().getOut(), json, () -> text(json));
        return 0;
    }

    /**
     * The text output: rates and counts with a comma between thousands and no decimals (cells/s with two), in any
     * default locale.
     */
    static String text(BenchJson json) {
        String text = String.format(Locale.ROOT,
                "sampled tokens/s   %,.0f  (%,d generations of at most %d tokens, %,d tokens)%n"
                        + "live episodes/s    %,.0f  (%,d episodes)%n"
                        + "train episodes/s   %,.0f  (%,d episodes with the default training settings)",
                json.sampledTokensPerSecond(), json.generations(), MAX_TOKENS, json.sampledTokens(),
                json.episodesPerSecond(), json.episodes(), json.trainEpisodesPerSecond(), json.trainEpisodes());
        SweepBenchJson sweep = json.sweep();
        return sweep == null ? text : text + String.format(Locale.ROOT,
                "%nsweep cells/s      %.2f on 1 thread, %.2f on %d thread%s: %.2fx  (%d cells, %,d runs, %,d training "
                        + "episodes)", sweep.oneThreadCellsPerSecond(), sweep.cellsPerSecond(), sweep.threads(),
                sweep.threads() == 1 ? "" : "s", sweep.speedUp(), sweep.cells(), sweep.runs(), sweep.trainingEpisodes());
    }

    /**
     * The default grid with --sweep-episodes per run: once on every core to warm up, then timed on every core and
     * then on one (last, so that whatever the JIT still improves favours one thread: the speed-up is not overstated).
     */
    private SweepBenchJson timeSweeps(Scenario scenario) throws InterruptedException {
        SweepPlan defaults = SweepPlan.defaults();
        SweepPlan plan = new SweepPlan(defaults.x(), defaults.y(), defaults.base(), sweepEpisodes, defaults.seeds(),
                defaults.evaluationEpisodes());
        int cores = Runtime.getRuntime().availableProcessors();
        sweep(scenario, plan, cores);
        SweepResult all = sweep(scenario, plan, cores);
        SweepResult one = sweep(scenario, plan, 1);
        return new SweepBenchJson(one.cellsPerSecond(), all.cellsPerSecond(), one.seconds() / all.seconds(),
                all.threads(), plan.cells(), plan.runs(), plan.totalEpisodes());
    }

    private static SweepResult sweep(Scenario scenario, SweepPlan plan, int threads) throws InterruptedException {
        Sweep sweep = new Sweep(scenario, plan, threads);
        sweep.start(new SweepListener() {
        });
        return sweep.await();
    }

    /** How many items a timed run made, and in how many seconds. */
    private record Timing(long count, double seconds) {
        double perSecond() {
            return count / seconds;
        }
    }

    /** Runs the work once untimed, so that the JIT has compiled it, then once timed. */
    private static Timing warmedUpAndTimed(LongSupplier work) {
        work.getAsLong();
        long start = System.nanoTime();
        long count = work.getAsLong();
        return new Timing(count, Math.max(1, System.nanoTime() - start) / 1e9);
    }

    /** The seed's {@code np.random.seed(0)} then {@code generate_text("calculate", 12)} n times; the tokens made. */
    private long sampleTokens(Generator generator, Policy policy) {
        TokenChooser chooser = TokenChooser.sampling(new NumpyRandom(0));
        long tokens = 0;
        for (int i = 0; i < generations; i++) {
            tokens += generator.generate(policy, History.START, MAX_TOKENS, chooser).steps().size();
        }
        return tokens;
    }

    private long runEpisodes(Scenario scenario, Policy policy) {
        TokenChooser chooser = TokenChooser.sampling(new NumpyRandom(0));
        Task task = scenario.tasks().get(0);
        for (int i = 0; i < episodes; i++) {
            scenario.runLive(task, policy, chooser, scenario.maxSteps());
        }
        return episodes;
    }

    /** Trains with the defaults from the pre-trained policy; the episodes trained (fewer if training diverged). */
    private long train(Scenario scenario) {
        Trainer trainer = new Trainer(scenario, TrainingConfig.defaults());
        trainer.trainFor(trainEpisodes, () -> false, update -> { });
        return trainer.episodes();
    }
}

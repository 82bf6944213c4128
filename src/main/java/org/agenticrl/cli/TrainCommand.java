package org.agenticrl.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agenticrl.cli.TrainingOptions.ConfigJson;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.text.NumberStyle;
import org.agenticrl.engine.training.Divergence;
import org.agenticrl.engine.training.EpisodeStats;
import org.agenticrl.engine.training.Evaluation;
import org.agenticrl.engine.training.Trainer;
import org.agenticrl.engine.training.TrainingConfig;
import org.agenticrl.engine.training.TrainingMetrics;
import org.agenticrl.engine.training.TrainingUpdate;
import org.agenticrl.engine.training.VerlRollouts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code train}: trains the pre-trained policy on live episodes and prints the policy before and after, measured on
 * the same fresh episodes, and the curve of every update; with {@code --rollouts DIR}, also writes every update's
 * episodes as verl dumps them ({@link VerlRollouts}), for the Run tab.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the policy with live episodes and exact gradients; print before/after and the curve.",
            "The loss is exact unless asked otherwise: --reward process, --sft exact, --kl exact."})
final class TrainCommand extends ScenarioCommand {
    static final int MAX_EPISODES = 1_000_000;
    static final int MAX_EVALUATION = 100_000;
    private static final int TEXT_ROWS = 12;

    @Mixin
    LossOptions lossOptions;
    @Mixin
    TrainingOptions trainingOptions;
    @Option(names = "--episodes", paramLabel = "N", required = true,
            description = "training episodes, 1 to " + MAX_EPISODES + " (rounded up to whole groups)")
    int episodes;
    @Option(names = "--seed", paramLabel = "S", required = true,
            description = "numpy seed of the training episodes, 0 to 4294967295; evaluation samples from S + 1")
    long seed;
    @Option(names = "--eval", paramLabel = "E", defaultValue = "1000",
            description = "fresh live episodes measuring the policy before and after, 1 to " + MAX_EVALUATION
                    + " (default ${DEFAULT-VALUE})")
    int evaluationEpisodes;
    @Option(names = "--rollouts", paramLabel = "DIR",
            description = "also write every update's episodes to DIR as verl dumps its rollouts: {step}.jsonl with "
                    + "input, output, gts, score, step and the process rewards (open DIR as a run)")
    Path rollouts;

    /**
     * The settings the run used. episodes is requestedEpisodes rounded up to whole groups: training updates on whole
     * groups only. The training settings are written as fields of this object.
     */
    record SettingsJson(int episodes, int requestedEpisodes, long seed, @JsonUnwrapped ConfigJson training, int eval,
                        long evalSeed) {
    }

    /** The policy measured on fresh live episodes; meanReturn under the run's reward mode. */
    record StatsJson(double successRate, double calculatorRate, double meanReturn, double meanSteps) {
        static StatsJson of(EpisodeStats stats) {
            return new StatsJson(stats.successRate(), stats.calculatorRate(), stats.meanReturn(), stats.meanSteps());
        }
    }

    /** One update: its batch's figures and the loss terms; sft and kl are the weighted terms lambda1 L_SFT, lambda2 L_KL. */
    record PointJson(int episode, double meanReturn, double successRate, double calculatorRate, double meanSteps,
                     double rl, double sft, double kl, double klToReference) {
        static PointJson of(TrainingMetrics metrics) {
            EpisodeStats batch = metrics.batch();
            return new PointJson(metrics.episodes(), batch.meanReturn(), batch.successRate(), batch.calculatorRate(),
                    batch.meanSteps(), metrics.loss().rl(), metrics.loss().weightedSft(), metrics.loss().weightedKl(),
                    metrics.loss().klToReference());
        }
    }

    record DivergenceJson(int update, String problem, String advice) {
        static DivergenceJson of(Divergence divergence) {
            return new DivergenceJson(divergence.update(), divergence.problem(), divergence.advice());
        }
    }

    /** Where the rollouts went: the folder and how many {step}.jsonl files. */
    record RolloutsJson(String folder, int files) {
    }

    /** The JSON output; divergence is null unless training stopped early, rollouts unless asked for. */
    record TrainJson(SettingsJson settings, StatsJson before, StatsJson after, List<PointJson> curve,
                     DivergenceJson divergence, RolloutsJson rollouts) {
    }

    @Override
    public Integer call() throws Exception {
        TrainingConfig config = trainingOptions.config(seed, lossOptions);
        Arguments.inRange(spec, "--episodes", episodes, 1, MAX_EPISODES);
        Arguments.inRange(spec, "--eval", evaluationEpisodes, 1, MAX_EVALUATION);
        Scenario scenario = scenarioOption.load();
        long evaluationSeed = Evaluation.seedAfter(seed);
        RewardMode mode = config.loss().rewardMode();
        VerlRollouts dump = rollouts == null ? null : VerlRollouts.into(rollouts, mode);
        EpisodeStats before = Evaluation.run(scenario, scenario.pretrainedPolicy(), evaluationEpisodes,
                evaluationSeed, mode);
        int planned = config.episodesInWholeGroups(episodes);
        Trainer trainer = new Trainer(scenario, config);
        TerminalProgress progress = TerminalProgress.on(spec.commandLine().getErr());
        Divergence divergence;
        try {
            divergence = trainer.trainFor(episodes, () -> false, update -> {
                if (dump != null) {
                    write(dump, update);
                }
                progress.show(() -> String.format(Locale.ROOT, "train: %d/%d episodes, batch success %.0f%%",
                        update.metrics().episodes(), planned, 100 * update.metrics().batch().successRate()));
            }).orElse(null);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("cannot write rollouts to " + rollouts + ": "
                    + e.getCause().getMessage(), e);
        } finally {
            progress.done();
        }
        EpisodeStats after = Evaluation.run(scenario, trainer.policy(), evaluationEpisodes, evaluationSeed, mode);
        TrainJson json = new TrainJson(new SettingsJson(planned, episodes, seed, ConfigJson.of(config),
                evaluationEpisodes, evaluationSeed), StatsJson.of(before), StatsJson.of(after),
                trainer.history().stream().map(PointJson::of).toList(),
                divergence == null ? null : DivergenceJson.of(divergence),
                dump == null ? null : new RolloutsJson(rollouts.toString(), trainer.history().size()));
        output.print(spec.commandLine().getOut(), json, () -> text(json));
        return 0;
    }

    private static void write(VerlRollouts dump, TrainingUpdate update) {
        try {
            dump.write(update);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(TrainJson json) {
        SettingsJson s = json.settings();
        ConfigJson t = s.training();
        String line = System.lineSeparator();
        String rounding = s.episodes() == s.requestedEpisodes() ? "groups of " + t.group()
                : s.requestedEpisodes() + " asked for, rounded up to whole groups of " + t.group();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Training %d episodes (%s), seed %d: %s lr %s, %s advantages, %s rewards, "
                        + "lambda1 %s (%s SFT), lambda2 %s (%s KL), clip %s%n%n",
                s.episodes(), rounding, s.seed(), t.optimizer(), t.lr(), t.advantage(), t.reward(), t.lambda1(),
                t.sft(), t.lambda2(), t.kl(), t.clip() == 0 ? "off" : String.valueOf(t.clip())));
        text.append(new TextTable(1).row("", "success", "calculator", "return", "steps")
                .row(statsRow("before (" + s.eval() + ")", json.before()))
                .row(statsRow("after  (" + s.eval() + ")", json.after())).render()).append(line);
        TextTable curveTable = new TextTable(0).row("episode", "return", "success", "L_RL", "l1*L_SFT", "l2*L_KL",
                "KL(pi|ref)");
        List<PointJson> curve = json.curve();
        for (int i : rowsToShow(curve.size())) {
            PointJson p = curve.get(i);
            curveTable.row(String.valueOf(p.episode()), fixed(3, p.meanReturn()), percent(p.successRate()),
                    fixed(4, p.rl()), fixed(4, p.sft()), fixed(4, p.kl()), fixed(4, p.klToReference()));
        }
        text.append(curveTable.render());
        if (json.rollouts() != null) {
            text.append(line).append("Rollouts: ").append(json.rollouts().files()).append(" updates written to ")
                    .append(json.rollouts().folder()).append(" as verl's {step}.jsonl").append(line);
        }
        if (json.divergence() != null) {
            text.append(line).append("Training diverged at update ").append(json.divergence().update()).append(": ")
                    .append(json.divergence().problem()).append(line).append("  What to change: ")
                    .append(json.divergence().advice()).append(line);
        }
        return text.toString().stripTrailing();
    }

    private static String[] statsRow(String label, StatsJson stats) {
        return new String[] {label, percent(stats.successRate()), percent(stats.calculatorRate()),
                fixed(3, stats.meanReturn()), fixed(2, stats.meanSteps())};
    }

    private static String fixed(int decimals, double value) {
        return NumberStyle.TERMINAL.fixed(value, decimals);
    }

    private static String percent(double fraction) {
        return NumberStyle.TERMINAL.percent(fraction);
    }

    /** About {@value #TEXT_ROWS} evenly spread updates, always the first and the last. */
    private static List<Integer> rowsToShow(int updates) {
        List<Integer> rows = new ArrayList<>();
        int every = Math.max(1, updates / TEXT_ROWS);
        for (int i = 0; i < updates; i += every) {
            rows.add(i);
        }
        if (updates > 0 && rows.get(rows.size() - 1) != updates - 1) {
            rows.add(updates - 1);
        }
        return rows;
    }
}

package org.agenticrl.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agenticrl.engine.Identified;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.StepLoss;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.training.UpdatePreview;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code losses}: L = L_RL + lambda1 L_SFT + lambda2 L_KL for one episode, every variant side by side. */
@Command(name = "losses", mixinStandardHelpOptions = true,
        description = "The training losses of one episode. In notebook mode the seed's shortcuts are the default; "
                + "in live mode the exact forms.")
final class LossesCommand extends ScenarioCommand {
    @Mixin
    EpisodeOptions episodeOptions;
    @Mixin
    LossOptions lossOptions;
    @Option(names = "--gamma", paramLabel = "G", defaultValue = "0.99", description = "discount, 0 to 1 (default ${DEFAULT-VALUE})")
    double gamma;
    @Option(names = "--preview", paramLabel = "ETA", description = "also show what one plain gradient step of size ETA "
            + "(0 to " + UpdatePreview.MAX_STEP_SIZE + ") on this loss would do to the policy")
    Double preview;

    /** The JSON output. */
    record LossesJson(double gamma, String reward, String sftVariant, String klVariant, double[] rewards,
                      double[] returns, double baseline, double[] advantages, double[] logProbs, double[] terms,
                      double rl, double sft, double kl, double lambda1, double lambda2, double weightedSft,
                      double weightedKl, double total, Map<String, Double> sftByVariant, Map<String, Double> klByVariant,
                      @JsonInclude(JsonInclude.Include.NON_NULL) PreviewOutput.PreviewJson preview) {
    }

    @Override
    public Integer call() throws Exception {
        var episode = episodeOptions.settings(spec);
        boolean notebook = episode.mode() == EpisodeMode.NOTEBOOK;
        LossSettings defaults = notebook ? LossSettings.notebook() : LossSettings.exact();
        LossSettings settings = lossOptions.over(defaults.withGamma(Arguments.inRange(spec, "--gamma", gamma, 0, 1)));
        Scenario scenario = scenarioOption.load();
        Policy policy = episodeOptions.policy(scenario);
        Trajectory trajectory = episodeOptions.run(spec, episode, scenario, policy);
        LossBreakdown losses = scenario.lossCalculator().compute(trajectory, policy, policy, settings);
        if (preview == null) {
            output.print(spec.commandLine().getOut(), json(losses, null), () -> text(losses));
            return 0;
        }
        double stepSize = Arguments.inRange(spec, "--preview", preview, 0, UpdatePreview.MAX_STEP_SIZE);
        UpdatePreview update = UpdatePreview.of(scenario, trajectory, losses, policy, policy, stepSize);
        output.print(spec.commandLine().getOut(), json(losses, PreviewOutput.json(update, scenario.vocabulary())),
                () -> text(losses) + System.lineSeparator() + System.lineSeparator()
                        + PreviewOutput.text(update, scenario.vocabulary()));
        return 0;
    }

    /** @param preview the previewed update's JSON; none leaves it out */
    static LossesJson json(LossBreakdown losses, PreviewOutput.@Nullable PreviewJson preview) {
        List<StepLoss> steps = losses.steps();
        LossSettings s = losses.settings();
        return new LossesJson(s.gamma(), s.rewardMode().id(), s.sft().id(), s.kl().id(),
                column(steps, StepLoss::reward), column(steps, StepLoss::discountedReturn), losses.baseline(),
                column(steps, StepLoss::advantage), column(steps, StepLoss::logProb), column(steps, StepLoss::term),
                losses.rl(), losses.sft(), losses.kl(), s.lambda1(), s.lambda2(), losses.weightedSft(),
                losses.weightedKl(), losses.total(), byId(losses.sftByVariant()), byId(losses.klByVariant()), preview);
    }

    private static double[] column(List<StepLoss> steps, java.util.function.ToDoubleFunction<StepLoss> field) {
        return steps.stream().mapToDouble(field).toArray();
    }

    private static <E extends Enum<E> & Identified> Map<String, Double> byId(Map<E, Double> values) {
        return values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .collect(Collectors.toMap(e -> e.getKey().id(), Map.Entry::getValue, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /** The seed's printout of the losses, with full precision beside each rounded figure. */
    static String text(LossBreakdown losses) {
        String line = System.lineSeparator();
        LossSettings s = losses.settings();
        StringBuilder text = new StringBuilder("RL Loss computation (rewards: " + s.rewardMode().description() + "):" + line);
        for (StepLoss step : losses.steps()) {
            text.append(String.format(Locale.ROOT,
                    "  Step %d: reward=%+.2f return=%+.4f advantage=%+.2f log_prob=%.2f term=%+.4f%n", step.step(),
                    step.reward(), step.discountedReturn(), step.advantage(), step.logProb(), step.term()));
        }
        Function<Double, String> both = v -> String.format(Locale.ROOT, "%.3f  (%s)", v, v);
        text.append("=".repeat(50)).append(line).append("TOTAL TRAINING LOSS").append(line)
                .append("=".repeat(50)).append(line)
                .append("  RL Loss:  ").append(both.apply(losses.rl())).append(line)
                .append(String.format(Locale.ROOT, "  SFT Loss: %s * %.3f = %s   [%s]%n", s.lambda1(), losses.sft(),
                        both.apply(losses.weightedSft()), s.sft().id()))
                .append(String.format(Locale.ROOT, "  KL Loss:  %s * %.3f = %s   [%s]%n", s.lambda2(), losses.kl(),
                        both.apply(losses.weightedKl()), s.kl().id()))
                .append("  ---------").append(line)
                .append("  TOTAL:    ").append(both.apply(losses.total())).append(line).append(line)
                .append("Side by side:").append(line);
        losses.sftByVariant().forEach((variant, value) -> text.append(String.format(Locale.ROOT,
                "  L_SFT %-8s = %.6f  %s%n", variant.id(), value, variant.description())));
        losses.klByVariant().forEach((variant, value) -> text.append(String.format(Locale.ROOT,
                "  L_KL  %-8s = %.6f  %s%n", variant.id(), value, variant.description())));
        return text.toString().stripTrailing();
    }
}

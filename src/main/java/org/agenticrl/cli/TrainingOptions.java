package org.agenticrl.cli;

import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.training.TrainingConfig;
import org.agenticrl.engine.training.advantage.AdvantageEstimator;
import org.agenticrl.engine.training.optimizer.OptimizerKind;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options that set up a training run besides the loss and the seed, shared by {@code train} and {@code sweep}.
 * Each is null unless given; {@link #config} lays the given ones, and the {@link LossOptions}, over
 * {@link TrainingConfig#defaults()}.
 */
public final class TrainingOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;
    @Option(names = "--lr", paramLabel = "X", description = "learning rate, positive (default 3)")
    Double learningRate;
    @Option(names = "--optimizer", paramLabel = "sgd|adam", description = "optimizer (default sgd)")
    String optimizer;
    @Option(names = "--advantage", paramLabel = "notebook|reinforce|grpo|drgrpo|rloo",
            description = "advantage estimator (default grpo)")
    String advantage;
    @Option(names = "--group", paramLabel = "G",
            description = "episodes per update, the group of the group estimators, 1 (2 for grpo, drgrpo, rloo) to "
                    + TrainingConfig.MAX_GROUP + " (default 8)")
    Integer group;
    @Option(names = "--clip", paramLabel = "X",
            description = "clip the global gradient norm to X; 0 turns clipping off (default 1)")
    Double clip;

    /** A config's settings as JSON, the variants by id; clip 0 means no clipping. */
    record ConfigJson(double lr, String optimizer, String advantage, int group, String reward, double gamma,
                      double lambda1, double lambda2, String sft, String kl, double clip) {
        static ConfigJson of(TrainingConfig config) {
            LossSettings loss = config.loss();
            return new ConfigJson(config.learningRate(), config.optimizer().id(), config.estimator().id(),
                    config.groupSize(), loss.rewardMode().id(), loss.gamma(), loss.lambda1(), loss.lambda2(),
                    loss.sft().id(), loss.kl().id(), config.clips() ? config.maxGradientNorm() : 0);
        }
    }

    /** The defaults with every given option applied and this seed; usage errors name the option. */
    TrainingConfig config(long seed, LossOptions lossOptions) {
        TrainingConfig defaults = TrainingConfig.defaults();
        Arguments.inRange(spec, "--seed", seed, 0, 0xffffffffL);
        if (learningRate != null && !(learningRate > 0 && Double.isFinite(learningRate))) {
            throw Arguments.invalid(spec, "--lr must be a positive finite number, got " + learningRate);
        }
        LossSettings loss = lossOptions.over(defaults.loss());
        AdvantageEstimator estimator = advantage == null ? defaults.estimator()
                : EpisodeOptions.variant(spec, AdvantageEstimator.class, advantage, "advantage estimator");
        int groupSize = group == null ? defaults.groupSize() : (int) Arguments.inRange(spec, "--group", group,
                estimator.comparesGroup() ? 2 : 1, TrainingConfig.MAX_GROUP);
        if (clip != null && !(clip >= 0 && Double.isFinite(clip))) {
            throw Arguments.invalid(spec, "--clip must be 0 (no clipping) or a positive finite number, got " + clip);
        }
        double maxNorm = clip == null ? defaults.maxGradientNorm() : clip;
        return new TrainingConfig(seed, groupSize, estimator, loss,
                optimizer == null ? defaults.optimizer() : EpisodeOptions.variant(spec, OptimizerKind.class, optimizer,
                        "optimizer"),
                learningRate == null ? defaults.learningRate() : learningRate,
                maxNorm == 0 ? Double.POSITIVE_INFINITY : maxNorm);
    }
}

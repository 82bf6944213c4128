package org.agenticrl.cli;

import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options that weigh and shape L = L_RL + lambda1 L_SFT + lambda2 L_KL, shared by {@code losses}, {@code train}
 * and {@code sweep}. Each is null unless given; {@link #over} lays the given ones over the command's own defaults.
 * Every command defaults lambda1 and lambda2 to the seed's weights; the variants' defaults are in each command's
 * description.
 */
public final class LossOptions {
    private static final String LAMBDA_RANGE = "0 to " + LossSettings.MAX_LAMBDA;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;
    @Option(names = "--lambda1", paramLabel = "X",
            description = "weight of L_SFT, " + LAMBDA_RANGE + " (default " + LossSettings.SEED_LAMBDA1 + ")")
    Double lambda1;
    @Option(names = "--lambda2", paramLabel = "Y",
            description = "weight of L_KL, " + LAMBDA_RANGE + " (default " + LossSettings.SEED_LAMBDA2 + ")")
    Double lambda2;
    @Option(names = "--reward", paramLabel = "notebook|process|outcome",
            description = "rewards in the returns: process (process rewards plus the outcome at the last step), "
                    + "outcome (the outcome only) or notebook (the seed's process rewards only)")
    String reward;
    @Option(names = "--sft", paramLabel = "notebook|exact",
            description = "L_SFT variant: exact, or notebook, the seed's shortcut that never scores the expert")
    String sft;
    @Option(names = "--kl", paramLabel = "notebook|exact|k1|k2|k3",
            description = "L_KL variant: exact, the sampled estimators k1, k2, k3, or notebook, the seed's constant "
                    + "0.5, which teaches nothing")
    String kl;

    /** The defaults with every given option applied; a value out of range or unknown is a usage error naming it. */
    LossSettings over(LossSettings defaults) {
        LossSettings settings = defaults;
        if (lambda1 != null) {
            settings = settings.withLambda1(Arguments.inRange(spec, "--lambda1", lambda1, 0, LossSettings.MAX_LAMBDA));
        }
        if (lambda2 != null) {
            settings = settings.withLambda2(Arguments.inRange(spec, "--lambda2", lambda2, 0, LossSettings.MAX_LAMBDA));
        }
        if (reward != null) {
            settings = settings.withRewardMode(EpisodeOptions.variant(spec, RewardMode.class, reward, "reward mode"));
        }
        if (sft != null) {
            settings = settings.withSft(EpisodeOptions.variant(spec, SftVariant.class, sft, "SFT variant"));
        }
        if (kl != null) {
            settings = settings.withKl(EpisodeOptions.variant(spec, KlVariant.class, kl, "KL variant"));
        }
        return settings;
    }
}

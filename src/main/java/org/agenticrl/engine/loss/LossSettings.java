package org.agenticrl.engine.loss;

/**
 * The knobs of L = L_RL + lambda1 L_SFT + lambda2 L_KL.
 *
 * @param gamma discount in [0, 1] (the seed's 0.99)
 * @param lambda1 weight of L_SFT in [0, {@value #MAX_LAMBDA}] (the seed's 0.1)
 * @param lambda2 weight of L_KL in [0, {@value #MAX_LAMBDA}] (the seed's 0.01)
 */
public record LossSettings(double gamma, double lambda1, double lambda2, RewardMode rewardMode, SftVariant sft,
                           KlVariant kl) {
    public static final double MAX_LAMBDA = 10.0;
    public static final double SEED_GAMMA = 0.99;
    public static final double SEED_LAMBDA1 = 0.1;
    public static final double SEED_LAMBDA2 = 0.01;

    public LossSettings {
        if (!(gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma must be between 0 and 1, got " + gamma);
        }
        requireLambda("lambda1", lambda1);
        requireLambda("lambda2", lambda2);
        if (rewardMode == null || sft == null || kl == null) {
            throw new IllegalArgumentException("reward mode and loss variants must be given");
        }
    }

    private static void requireLambda(String name, double value) {
        if (!(value >= 0 && value <= MAX_LAMBDA)) {
            throw new IllegalArgumentException(name + " must be between 0 and " + MAX_LAMBDA + ", got " + value);
        }
    }

    /** Exactly the seed notebook's loss: its defaults and its three shortcuts. */
    public static LossSettings notebook() {
        return new LossSettings(SEED_GAMMA, SEED_LAMBDA1, SEED_LAMBDA2, RewardMode.NOTEBOOK, SftVariant.NOTEBOOK,
                KlVariant.NOTEBOOK);
    }

    /** The seed's weights with every shortcut replaced by the exact quantity. */
    public static LossSettings exact() {
        return new LossSettings(SEED_GAMMA, SEED_LAMBDA1, SEED_LAMBDA2, RewardMode.PROCESS_AND_OUTCOME,
                SftVariant.EXACT, KlVariant.EXACT);
    }

    public LossSettings withGamma(double value) {
        return new LossSettings(value, lambda1, lambda2, rewardMode, sft, kl);
    }

    public LossSettings withLambda1(double value) {
        return new LossSettings(gamma, value, lambda2, rewardMode, sft, kl);
    }

    public LossSettings withLambda2(double value) {
        return new LossSettings(gamma, lambda1, value, rewardMode, sft, kl);
    }

    public LossSettings withRewardMode(RewardMode value) {
        return new LossSettings(gamma, lambda1, lambda2, value, sft, kl);
    }

    public LossSettings withSft(SftVariant value) {
        return new LossSettings(gamma, lambda1, lambda2, rewardMode, value, kl);
    }

    public LossSettings withKl(KlVariant value) {
        return new LossSettings(gamma, lambda1, lambda2, rewardMode, sft, value);
    }
}

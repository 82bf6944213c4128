package org.agenticrl.engine.training;

/**
 * Why training stopped: a number became NaN or infinite. The policy stays at the last finite one. Immutable.
 *
 * @param update the update that failed, 1 for the first
 * @param problem what went wrong, in one sentence, e.g. "the gradient is no longer finite"
 * @param advice what to change, e.g. "lower the learning rate (it is 1e6; try 1e5)"
 */
public record Divergence(int update, String problem, String advice) {
    /** The advice for a run with this config. */
    static Divergence of(int update, String problem, TrainingConfig config) {
        double lr = config.learningRate();
        double tuned = TrainingConfig.defaults().learningRate();
        String advice = "lower the learning rate (it is " + lr + "; "
                + (lr > 10 * tuned ? "the tuned default is " + tuned : "try " + lr / 10) + ")"
                + (config.clips() ? "" : " or turn gradient clipping on (e.g. a maximum norm of 1)");
        return new Divergence(update, problem, advice);
    }

    /** "update 3: the gradient is no longer finite; lower the learning rate (...)". */
    public String message() {
        return "update " + update + ": " + problem + "; " + advice;
    }
}

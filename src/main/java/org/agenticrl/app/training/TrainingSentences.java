package org.agenticrl.app.training;

import java.util.Arrays;
import java.util.List;
import org.agenticrl.app.common.Format;
import org.agenticrl.engine.training.Divergence;

/** What the training controls write: the run's progress, why it diverged and what to change, and the speeds. */
final class TrainingSentences {
    /** The fastest speed's name in the speed list. */
    static final String MAX = "max";
    private static final String PER_SECOND = "/s";

    private TrainingSentences() {
    }

    /** "Running · update 12 · 480 / 2000 episodes". */
    static String progress(TrainingStatus status, int updates, int episodesDone, double episodes) {
        return status.label() + " \u00b7 update " + updates + " \u00b7 " + episodesDone + " / " + Format.whole(episodes)
                + " episodes";
    }

    /** "⚠ Training diverged at update 3: … To fix it: lower the learning rate (…), then Reset and Train." */
    static String divergence(Divergence problem) {
        return "\u26a0 Training diverged at update " + problem.update() + ": " + problem.problem()
                + ". The policy is the last finite one. To fix it: " + problem.advice() + ", then Reset and Train.";
    }

    /** The speeds offered, in updates per second, slowest first; the last is as fast as the machine can. */
    static List<Double> speeds() {
        return Arrays.stream(TrainingSettings.SPEEDS).boxed().toList();
    }

    /** A speed as the list shows it: "30/s", or "max" for as fast as possible; "" for none. */
    static String speed(Double perSecond) {
        return perSecond == null ? "" : perSecond.isInfinite() ? MAX : Format.fixed(perSecond, 0) + PER_SECOND;
    }

    /** The speed a text of {@link #speed} names; for anything else, what Double.valueOf makes of it. */
    static Double speed(String text) {
        return MAX.equals(text) ? Double.POSITIVE_INFINITY : Double.valueOf(text.replace(PER_SECOND, ""));
    }
}

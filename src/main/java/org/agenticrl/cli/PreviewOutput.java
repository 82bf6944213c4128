package org.agenticrl.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.agenticrl.engine.episode.History;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.text.NumberStyle;
import org.agenticrl.engine.text.Vocabulary;
import org.agenticrl.engine.training.UpdatePreview;

/** {@code losses --preview η}: what one plain gradient step on the episode's loss would do, as JSON and as text. */
final class PreviewOutput {
    /** Text lists, per context, the tokens whose probability the step moves by at least this (0.5 points). */
    private static final double LISTED_CHANGE = 0.005;
    private static final int LISTED_TOKENS = 3;

    /** The JSON of a preview. */
    record PreviewJson(double stepSize, NormsJson gradientNorm, List<ContextJson> contexts) {
    }

    /** The gradient's norm per term and in total. */
    record NormsJson(double rl, double sft, double kl, double total) {
    }

    /** A context the episode visits, and its distribution before and after the step, in vocabulary order. */
    record ContextJson(String previous, String history, List<String> tokens, double[] before, double[] after) {
    }

    private PreviewOutput() {
    }

    static PreviewJson json(UpdatePreview preview, Vocabulary vocabulary) {
        UpdatePreview.GradientNorms norms = preview.gradientNorm();
        List<ContextJson> contexts = preview.visited().stream().map(context -> new ContextJson(
                vocabulary.token(context.previous()), History.describe(context.history()), vocabulary.tokens(),
                preview.before(context).probabilities(), preview.after(context).probabilities())).toList();
        return new PreviewJson(preview.stepSize(), new NormsJson(norms.rl(), norms.sft(), norms.kl(), norms.total()),
                contexts);
    }

    static String text(UpdatePreview preview, Vocabulary vocabulary) {
        UpdatePreview.GradientNorms norms = preview.gradientNorm();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "One update previewed (plain gradient step, eta %s): |grad L| = %.6f (L_RL %.6f, lambda1 L_SFT %.6f, "
                        + "lambda2 L_KL %.6f)%n", preview.stepSize(), norms.total(), norms.rl(), norms.sft(), norms.kl()));
        for (Context context : preview.visited()) {
            List<String> moved = moved(preview, context, vocabulary);
            text.append(String.format(Locale.ROOT, "  after '%s' (history: %s): %s%n", vocabulary.token(context.previous()),
                    History.describe(context.history()), moved.isEmpty() ? "no token moves by 0.5 points"
                            : String.join(", ", moved)));
        }
        return text.toString().stripTrailing();
    }

    /** "calculate( 40.0% -> 55.9%", for the tokens the step moves most. */
    private static List<String> moved(UpdatePreview preview, Context context, Vocabulary vocabulary) {
        double[] before = preview.before(context).probabilities();
        double[] after = preview.after(context).probabilities();
        List<String> moved = new ArrayList<>();
        IntStream.range(0, before.length).boxed()
                .filter(id -> Math.abs(after[id] - before[id]) >= LISTED_CHANGE)
                .sorted(Comparator.comparingDouble((Integer id) -> -Math.abs(after[id] - before[id])))
                .limit(LISTED_TOKENS)
                .forEach(id -> moved.add(vocabulary.token(id) + " " + NumberStyle.TERMINAL.percent(before[id]) + " -> "
                        + NumberStyle.TERMINAL.percent(after[id])));
        return moved;
    }
}

package org.agenticrl.app.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.distribution.StepPreviewModel;
import org.agenticrl.app.objective.ObjectiveModel;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.loss.StepLoss;
import org.agenticrl.engine.training.UpdateTerms;

/**
 * A chapter's live panel, as HTML written with the chapter's own numbers (so that the page reads and prints without
 * scripts) and as the JSON its script recomputes them from: the weights' controls, the loss L = L_RL + λ1 L_SFT + λ2
 * L_KL with its per-step terms, and at the selected position the bars of π now and after one update. Every number the
 * script changes is an element with {@code data-quantity} and, at full precision, {@code data-value}; a token's bar is
 * an element with {@code data-token}. Stateless.
 */
final class LivePanel {
    /** The weights the page lets move, by the names the page's link uses. */
    static final List<String> WEIGHTS = List.of("lambda1", "lambda2", "eta");
    private static final int LOSS_DECIMALS = 3;

    private LivePanel() {
    }

    /** The panel of chapter number. */
    static String html(int number, LiveChapter live) {
        LossBreakdown losses = live.losses();
        StringBuilder html = new StringBuilder(4096);
        html.append("<section class=\"live\" aria-labelledby=\"live-").append(number).append("\">\n")
                .append("<h3 id=\"live-").append(number).append("\">Move the weights</h3>\n")
                .append("<p class=\"lead\">The picture above is the app at this chapter's own weights. Here the "
                        + "page redoes the chapter's loss, and one update of size \u03b7 on its episode, in your "
                        + "browser with the app's own numbers; the weights you set hold for every chapter like this "
                        + "one.</p>\n");
        weights(html, number, live);
        html.append("<p class=\"settings\">L = L_RL + \u03bb1\u00b7L_SFT + \u03bb2\u00b7L_KL  (L_SFT ")
                .append(Html.escape(losses.settings().sft().id())).append(", L_KL ")
                .append(Html.escape(losses.settings().kl().id())).append(", rewards ")
                .append(Html.escape(losses.settings().rewardMode().id())).append(", \u03b3 ")
                .append(Format.compact(losses.settings().gamma())).append(")</p>\n")
                .append("<table class=\"losses\">\n<thead><tr><th scope=\"col\">L_RL</th><th scope=\"col\">\u03bb1\u00b7L_SFT</th>"
                        + "<th scope=\"col\">\u03bb2\u00b7L_KL</th><th scope=\"col\">L</th></tr></thead>\n<tbody><tr>")
                .append(quantity("td", "loss-rl", losses.rl(), Format.fixed(losses.rl(), LOSS_DECIMALS)))
                .append(quantity("td", "loss-sft", losses.weightedSft(), Format.fixed(losses.weightedSft(),
                        LOSS_DECIMALS)))
                .append(quantity("td", "loss-kl", losses.weightedKl(), Format.fixed(losses.weightedKl(),
                        LOSS_DECIMALS)))
                .append(quantity("td", "loss-total", losses.total(), Format.fixed(losses.total(), LOSS_DECIMALS)))
                .append("</tr></tbody>\n</table>\n")
                .append("<p class=\"formula\">L = ").append(Format.fixed(losses.rl(), LOSS_DECIMALS)).append(" + ")
                .append(shown("lambda1", Format.editable(live.lambda1(), 3))).append(" \u00d7 ")
                .append(Format.fixed(losses.sft(), LOSS_DECIMALS)).append(" + ")
                .append(shown("lambda2", Format.editable(live.lambda2(), 3))).append(" \u00d7 ")
                .append(Format.fixed(losses.kl(), LOSS_DECIMALS)).append("</p>\n");
        steps(html, losses.steps());
        live.tokens().ifPresent(tokens -> tokens(html, live, tokens));
        return html.append("</section>\n").toString();
    }

    private static void weights(StringBuilder html, int number, LiveChapter live) {
        html.append("<div class=\"weights js-only\">\n");
        weight(html, number, "lambda1", "\u03bb1, the weight of L_SFT", live.lambda1(), ObjectiveModel.LAMBDA_SLIDER_MAX,
                ObjectiveModel.LAMBDA1.max(), 3);
        weight(html, number, "lambda2", "\u03bb2, the weight of L_KL", live.lambda2(), ObjectiveModel.LAMBDA_SLIDER_MAX,
                ObjectiveModel.LAMBDA2.max(), 3);
        weight(html, number, "eta", "\u03b7, the update's step size", live.stepSize(),
                ObjectiveModel.STEP_SIZE_SLIDER_MAX, ObjectiveModel.STEP_SIZE.max(), 2);
        html.append("<p class=\"problem\" role=\"alert\" hidden></p>\n")
                .append("<button type=\"button\" data-own-weights>This chapter's own weights</button>\n</div>\n");
    }

    private static void weight(StringBuilder html, int number, String name, String label, double value,
                               double sliderMax, double max, int decimals) {
        String id = "w" + number + "-" + name;
        html.append("<div class=\"weight\"><label for=\"").append(id).append("\">").append(label).append("</label>")
                .append("<input id=\"").append(id).append("\" type=\"range\" min=\"0\" max=\"")
                .append(Format.compact(sliderMax)).append("\" step=\"").append(decimals == 3 ? "0.01" : "0.1")
                .append("\" value=\"").append(Format.editable(Math.min(value, sliderMax), decimals))
                .append("\" data-weight=\"").append(name).append("\">")
                .append("<input type=\"text\" inputmode=\"decimal\" size=\"6\" value=\"")
                .append(Format.editable(value, decimals)).append("\" data-typed=\"").append(name)
                .append("\" data-max=\"").append(Format.compact(max)).append("\" aria-label=\"").append(label)
                .append(", typed: 0 to ").append(Format.compact(max)).append("\"></div>\n");
    }

    private static void steps(StringBuilder html, List<StepLoss> steps) {
        html.append("<table class=\"steps\">\n<caption>The episode's steps: L_RL = \u03a3 \u2212log \u03c0 \u00b7 A"
                        + "</caption>\n<thead><tr><th scope=\"col\">step</th><th scope=\"col\">r</th>"
                        + "<th scope=\"col\">G</th><th scope=\"col\">b</th><th scope=\"col\">A</th>"
                        + "<th scope=\"col\">log \u03c0</th><th scope=\"col\">\u2212log \u03c0\u00b7A</th></tr></thead>"
                        + "\n<tbody>\n");
        for (StepLoss step : steps) {
            html.append("<tr><td>").append(step.step()).append("</td><td>").append(Format.fixed(step.reward(), 2))
                    .append("</td><td>").append(Format.fixed(step.discountedReturn(), 3)).append("</td><td>")
                    .append(Format.fixed(step.baseline(), 3)).append("</td><td>")
                    .append(Format.fixed(step.advantage(), 3)).append("</td><td>")
                    .append(Format.fixed(step.logProb(), 2)).append("</td><td>")
                    .append(Format.fixed(step.term(), 3)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void tokens(StringBuilder html, LiveChapter live, LiveChapter.Tokens tokens) {
        UpdateTerms.At at = tokens.at();
        boolean reference = tokens.reference().isPresent();
        html.append("<div class=\"tokens\">\n<h4>").append(Html.escape(tokens.position())).append("</h4>\n")
                .append("<p class=\"key\"><span class=\"swatch before\"></span> \u03c0 now  "
                        + "<span class=\"swatch after\"></span> \u03c0 after one update of size \u03b7 = ")
                .append(shown("eta", Format.editable(live.stepSize(), 2))).append(" on this episode's loss")
                .append(reference ? "  <span class=\"swatch reference\"></span> \u03c0_ref, the reference" : "")
                .append("</p>\n<ol class=\"bars\">\n");
        List<Integer> order = IntStream.range(0, at.before().length).boxed()
                .sorted(Comparator.comparingDouble((Integer id) -> at.before()[id]).reversed()).toList();
        for (int rank = 0; rank < order.size(); rank++) {
            int id = order.get(rank);
            boolean chosen = id == tokens.chosen();
            String kind = (chosen ? "chosen" : "") + (rank >= StepPreviewModel.TOP_TOKENS && !chosen ? "more" : "");
            html.append("<li data-token=\"").append(Html.escape(tokens.vocabulary().get(id))).append("\" data-index=\"")
                    .append(id).append('"').append(kind.isEmpty() ? "" : " class=\"" + kind + "\"").append('>')
                    .append("<span class=\"token\">").append(Html.escape(tokens.vocabulary().get(id))).append("</span>")
                    .append("<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" "
                            + "aria-hidden=\"true\"><rect class=\"before\" height=\"4.5\" width=\"")
                    .append(InlineSvg.number(100 * at.before()[id])).append("\"/><rect class=\"after\" y=\"5.5\" "
                            + "height=\"4.5\" width=\"").append(InlineSvg.number(100 * tokens.after()[id]))
                    .append("\"/>");
            tokens.reference().ifPresent(ref -> html.append("<rect class=\"reference\" height=\"10\" width=\"0.6\" x=\"")
                    .append(InlineSvg.number(Math.max(0, 100 * ref[id] - 0.3))).append("\"/>"));
            html.append("</svg><span class=\"p\">")
                    .append(quantity("span", "p-before", at.before()[id], Format.percent(at.before()[id])))
                    .append(" \u2192 ")
                    .append(quantity("span", "p-after", tokens.after()[id], Format.percent(tokens.after()[id])));
            tokens.reference().ifPresent(ref -> html.append(" (\u03c0_ref ")
                    .append(quantity("span", "p-ref", ref[id], Format.percent(ref[id]))).append(')'));
            html.append("</span></li>\n");
        }
        html.append("</ol>\n<button type=\"button\" class=\"js-only\" data-all-tokens>All ").append(order.size())
                .append(" tokens</button>\n</div>\n");
    }

    /** An element holding a live number: its text rounded, its value at full precision. */
    private static String quantity(String tag, String name, double value, String text) {
        return "<" + tag + " data-quantity=\"" + name + "\" data-value=\"" + value + "\">" + text + "</" + tag + ">";
    }

    /** Where the page shows a weight's value as set. */
    private static String shown(String weight, String text) {
        return "<span data-shown=\"" + weight + "\">" + text + "</span>";
    }

    /**
     * The numbers the page's script recomputes the panel from, as JSON: the chapter's own weights (l1, l2, eta), the
     * unweighted terms of the loss (rl, sft, kl) and, at the selected position, the temperature (t), the logits (z)
     * and the gradients of L_RL, L_SFT and L_KL (g), in vocabulary order.
     */
    static String json(LiveChapter live) {
        LossBreakdown losses = live.losses();
        StringBuilder json = new StringBuilder(2048);
        json.append("{\"l1\":").append(live.lambda1()).append(",\"l2\":").append(live.lambda2()).append(",\"eta\":")
                .append(live.stepSize()).append(",\"rl\":").append(losses.rl()).append(",\"sft\":")
                .append(losses.sft()).append(",\"kl\":").append(losses.kl());
        live.tokens().ifPresent(tokens -> {
            UpdateTerms.At at = tokens.at();
            json.append(",\"t\":").append(tokens.terms().temperature()).append(",\"z\":").append(array(at.logits()))
                    .append(",\"g\":[").append(array(at.rl())).append(',').append(array(at.sft())).append(',')
                    .append(array(at.kl())).append(']');
        });
        return json.append('}').toString();
    }

    private static String array(double[] values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(",", "[", "]"));
    }
}

package org.agenticrl.app.objective;

import java.util.Locale;
import org.agenticrl.app.common.Format;
import org.agenticrl.engine.loss.LossBreakdown;

/**
 * The words of L = L_RL + λ1 L_SFT + λ2 L_KL as {@link FormulaView} typesets them: the symbolic line and the line with
 * the current numbers, in jlatexmath's LaTeX with each term in a given colour, and the numbers' line as plain text.
 */
final class FormulaText {
    private FormulaText() {
    }

    /** The symbolic line, each term in its colour ("#rrggbb"). */
    static String symbolic(String rl, String sft, String kl) {
        return "\\mathcal{L} = \\textcolor{" + rl + "}{\\mathcal{L}_{\\mathrm{RL}}} + \\lambda_1\\,\\textcolor{" + sft
                + "}{\\mathcal{L}_{\\mathrm{SFT}}} + \\lambda_2\\,\\textcolor{" + kl + "}{\\mathcal{L}_{\\mathrm{KL}}}";
    }

    /** The line of numbers in LaTeX, each term in its colour, the total in bold: "= 0.326 + 0.1 \\times …". */
    static String numbers(LossBreakdown losses, String rl, String sft, String kl) {
        return "= \\textcolor{" + rl + "}{" + number(losses.rl()) + "} + " + weight(losses.settings().lambda1())
                + " \\times \\textcolor{" + sft + "}{" + factor(losses.sft()) + "} + " + weight(losses.settings().lambda2())
                + " \\times \\textcolor{" + kl + "}{" + factor(losses.kl()) + "} = \\mathbf{"
                + number(losses.total()) + "}";
    }

    /** The line of numbers as plain text, e.g. "L = 0.326 + 0.1 × 6.813 + 0.01 × 0.500 = 1.013". */
    static String plain(LossBreakdown losses) {
        return "L = " + Format.fixed(losses.rl(), 3) + " + " + weight(losses.settings().lambda1()) + " \u00d7 "
                + bracketed(losses.sft()) + " + " + weight(losses.settings().lambda2()) + " \u00d7 "
                + bracketed(losses.kl()) + " = " + Format.fixed(losses.total(), 3);
    }

    private static String number(double value) {
        return Format.latex(value, 3);
    }

    private static String factor(double value) {
        return value < 0 ? "(" + number(value) + ")" : number(value);
    }

    private static String bracketed(double value) {
        return value < 0 ? "(" + Format.fixed(value, 3) + ")" : Format.fixed(value, 3);
    }

    /** A weight with four significant digits and no trailing zeros: "0.1", "0.01", "1.5". */
    private static String weight(double value) {
        return String.format(Locale.ROOT, "%.4g", value).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}

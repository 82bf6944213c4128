package org.agenticrl.app.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import org.junit.jupiter.api.Test;

/** The filled-in formula's words, without JavaFX. */
class FormulaTextTest {
    private static final LossBreakdown LOSSES = new LossBreakdown(new LossSettings(0.99, 0.1, 0.01, RewardMode.NOTEBOOK,
            SftVariant.NOTEBOOK, KlVariant.NOTEBOOK), List.of(), 0.326, Map.of(SftVariant.NOTEBOOK, -6.813),
            Map.of(KlVariant.NOTEBOOK, 0.5), 1.013);

    @Test
    void thePlainLineBracketsANegativeFactorAndWritesWeightsShort() {
        assertEquals("L = 0.326 + 0.1 \u00d7 (\u22126.813) + 0.01 \u00d7 0.500 = 1.013", FormulaText.plain(LOSSES));
    }

    @Test
    void theLatexLineColoursEachTermAndUsesAnAsciiMinus() {
        String latex = FormulaText.numbers(LOSSES, "#111111", "#222222", "#333333");
        assertTrue(latex.contains("\\textcolor{#222222}{(-6.813)}"), latex);
        assertTrue(latex.endsWith("\\mathbf{1.013}"), latex);
    }
}

package org.agenticrl.engine.reward;

import java.math.BigDecimal;

/** Writes rewards as the seed does: a sign, at least one decimal ("+0.3", "+1.0", "-0.2"). */
public final class RewardFormat {
    private RewardFormat() {
    }

    /** @param value finite */
    public static String signed(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        if (decimal.scale() < 1) {
            decimal = decimal.setScale(1);
        }
        return (decimal.signum() >= 0 ? "+" : "") + decimal.toPlainString();
    }
}

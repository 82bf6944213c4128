package org.agenticrl.app.runs;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.agenticrl.app.common.Bar;
import org.agenticrl.app.common.Format;
import org.agenticrl.engine.runs.Token;

/**
 * The sample on screen and its selected token: the token's recorded top alternatives as the next-token chart's bars
 * (the token itself highlighted) and a line with its probability and the alternatives' entropy.
 */
public final class SampleModel {
    private final ReadOnlyObjectWrapper<SampleRow> sample = new ReadOnlyObjectWrapper<>(this, "sample");
    private final ReadOnlyIntegerWrapper token = new ReadOnlyIntegerWrapper(this, "token", -1);
    private final ReadOnlyObjectWrapper<List<Bar>> alternatives = new ReadOnlyObjectWrapper<>(this, "alternatives",
            List.of());
    private final ReadOnlyStringWrapper tokenSummary = new ReadOnlyStringWrapper(this, "tokenSummary", "");
    private final ReadOnlyStringWrapper noTokens = new ReadOnlyStringWrapper(this, "noTokens", "");

    /** @param whyNoTokens the sentence shown instead of token chips when the sample has no tokens */
    void show(SampleRow row, String whyNoTokens) {
        noTokens.set(row.sample().tokens().isEmpty() ? whyNoTokens : "");
        sample.set(row);
        selectToken(row.sample().tokens().isEmpty() ? -1 : 0);
    }

    void clear() {
        noTokens.set("");
        sample.set(null);
        selectToken(-1);
    }

    /** Why the sample on screen has no token chips, one sentence; empty when it has them (or none is open). */
    public ReadOnlyStringProperty noTokensProperty() {
        return noTokens.getReadOnlyProperty();
    }

    /** The probability of a token, exp(log-probability). */
    public static double probability(Token token) {
        return Math.exp(token.logProb());
    }

    /** Selects token i of the sample's response (none when i is out of range). */
    public void selectToken(int index) {
        List<Token> tokens = sample.get() == null ? List.of() : sample.get().sample().tokens();
        if (index < 0 || index >= tokens.size()) {
            token.set(-1);
            alternatives.set(List.of());
            tokenSummary.set(tokens.isEmpty() ? "" : "Click a token to see the alternatives the model had.");
            return;
        }
        Token chosen = tokens.get(index);
        token.set(index);
        alternatives.set(chosen.alternatives().stream().map(a -> new Bar(a.text(), Math.exp(a.logProb()), a.logProb(),
                0, a.text().equals(chosen.text()))).toList());
        double entropy = chosen.alternativesEntropy();
        tokenSummary.set("'" + chosen.text() + "': p = " + Format.percent(probability(chosen)) + ", log p = "
                + Format.fixed(chosen.logProb(), 3) + (chosen.alternatives().isEmpty() ? "; no alternatives recorded"
                : "; entropy of the " + chosen.alternatives().size() + " recorded alternatives (renormalised) "
                + Format.fixed(entropy, 3) + " nats"));
    }

    /** The sample on screen; null when none is. */
    public ReadOnlyObjectProperty<SampleRow> sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    /** The selected token's index in the response, -1 for none. */
    public ReadOnlyIntegerProperty tokenProperty() {
        return token.getReadOnlyProperty();
    }

    /** The selected token's recorded alternatives as bars, the token itself chosen; empty when there are none. */
    public ReadOnlyObjectProperty<List<Bar>> alternativesProperty() {
        return alternatives.getReadOnlyProperty();
    }

    /** The selected token's probability and the alternatives' entropy, in words. */
    public ReadOnlyStringProperty tokenSummaryProperty() {
        return tokenSummary.getReadOnlyProperty();
    }
}

package org.agenticrl.app.episode;

import org.agenticrl.app.common.Format;
import org.agenticrl.engine.generation.TokenStep;
import org.agenticrl.engine.text.Vocabulary;

/** What a written token is, in words: for its tooltip on the timeline and for screen readers. Stateless. */
public final class TokenSentences {
    private TokenSentences() {
    }

    /** "after 'Action:': π = 40.0%, log π = −0.916". */
    public static String context(Vocabulary vocabulary, TokenStep position) {
        return "after '" + vocabulary.token(position.context().previous()) + "': \u03c0 = "
                + Format.percent(position.distribution().probability(position.token())) + ", log \u03c0 = "
                + Format.fixed(position.logProb(), 3);
    }
}

package org.agenticrl.engine.runs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads per-token log-probabilities out of a JSON array, whatever a format calls the fields. */
final class Tokens {
    private Tokens() {
    }

    /**
     * The tokens of an array of objects with a token field, a log-probability field and a list of alternatives (each
     * with the same two fields); entries without a token or a numeric log-probability are left out.
     */
    static List<Token> read(JsonNode array, String tokenField, String logProbField, String alternativesField) {
        List<Token> tokens = new ArrayList<>();
        for (JsonNode entry : array) {
            Double logProb = Json.number(entry.get(logProbField));
            if (entry.hasNonNull(tokenField) && logProb != null) {
                List<Token.Alternative> alternatives = new ArrayList<>();
                for (JsonNode alternative : entry.path(alternativesField)) {
                    Double alternativeLogProb = Json.number(alternative.get(logProbField));
                    if (alternative.hasNonNull(tokenField) && alternativeLogProb != null) {
                        alternatives.add(new Token.Alternative(alternative.get(tokenField).asText(), alternativeLogProb));
                    }
                }
                tokens.add(new Token(entry.get(tokenField).asText(), logProb, alternatives));
            }
        }
        return tokens;
    }
}

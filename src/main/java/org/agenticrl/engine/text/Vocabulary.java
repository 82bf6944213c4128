package org.agenticrl.engine.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered, immutable list of distinct tokens; a token's id is its position. Tokens never contain white space,
 * because generated text is the tokens joined by single spaces and read back by splitting on it.
 */
public final class Vocabulary {
    private final List<String> tokens;
    private final Map<String, Integer> ids;

    private Vocabulary(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
        this.ids = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token == null || token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("token " + i + " is empty or contains white space: '" + token + "'");
            }
            if (ids.putIfAbsent(token, i) != null) {
                throw new IllegalArgumentException("token '" + token + "' appears twice");
            }
        }
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("the vocabulary is empty");
        }
    }

    /**
     * @param tokens at least one token, all distinct, none empty or containing white space
     * @throws IllegalArgumentException naming the offending token otherwise
     */
    public static Vocabulary of(List<String> tokens) {
        return new Vocabulary(tokens);
    }

    public int size() {
        return tokens.size();
    }

    /** @throws IndexOutOfBoundsException if id is not in [0, size) */
    public String token(int id) {
        return tokens.get(id);
    }

    /** The tokens in id order (unmodifiable). */
    public List<String> tokens() {
        return tokens;
    }

    public boolean contains(String token) {
        return ids.containsKey(token);
    }

    /** @return the id of token, or -1 when it is not in the vocabulary */
    public int idOf(String token) {
        Integer id = ids.get(token);
        return id == null ? -1 : id;
    }

    /** @throws IllegalArgumentException naming the token when it is not in the vocabulary */
    public int require(String token) {
        int id = idOf(token);
        if (id < 0) {
            throw new IllegalArgumentException("'" + token + "' is not in the vocabulary");
        }
        return id;
    }

    /** Splits text on white space and looks every piece up; fails on the first piece that is not a token. */
    public int[] encode(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return new int[0];
        }
        return Arrays.stream(trimmed.split("\\s+")).mapToInt(this::require).toArray();
    }

    /** The tokens of ids joined by single spaces, as the seed's {@code ' '.join(tokens)}. */
    public String decode(int[] tokenIds) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokenIds.length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(tokens.get(tokenIds[i]));
        }
        return text.toString();
    }
}

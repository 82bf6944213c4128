package org.agenticrl.engine.scenario;

import java.util.ArrayList;
import java.util.List;
import org.agenticrl.engine.episode.Capability;
import org.agenticrl.engine.text.Vocabulary;

/**
 * The checks every part of a scenario file shares; each failure is a {@link ScenarioException} naming the file, the
 * field path and the reason. Immutable.
 */
final class FieldChecks {
    private final String source;

    /** @param source the file path or built-in id, for messages */
    FieldChecks(String source) {
        this.source = source;
    }

    ScenarioException problem(String path, String reason) {
        return new ScenarioException(source, path, reason);
    }

    <T> T required(T value, String path) throws ScenarioException {
        if (value == null) {
            throw problem(path, "is missing");
        }
        return value;
    }

    String requiredText(String value, String path) throws ScenarioException {
        if (required(value, path).isBlank()) {
            throw problem(path, "is empty");
        }
        return value;
    }

    /** value, or fallback when it is null; refused unless positive and finite. */
    double positive(Double value, double fallback, String path) throws ScenarioException {
        double number = value == null ? fallback : value;
        if (!(number > 0) || !Double.isFinite(number)) {
            throw problem(path, "must be a positive finite number, is " + number);
        }
        return number;
    }

    /** value, or fallback when it is null; refused unless within [min, max]. */
    int bounded(Integer value, int fallback, int min, int max, String path) throws ScenarioException {
        int number = value == null ? fallback : value;
        if (number < min || number > max) {
            throw problem(path, "must be between " + min + " and " + max + ", is " + number);
        }
        return number;
    }

    /** Capability ids such as "tool_use", each checked. */
    List<Capability> capabilities(List<String> ids, String path) throws ScenarioException {
        List<Capability> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            try {
                result.add(Capability.fromId(ids.get(i)));
            } catch (IllegalArgumentException e) {
                throw problem(path + "[" + i + "]", e.getMessage());
            }
        }
        return result;
    }

    /** The ids of a text's white-space separated words, each of which must be a token. */
    int[] text(Vocabulary vocabulary, String text, String path) throws ScenarioException {
        String[] pieces = requiredText(text, path).strip().split("\\s+");
        int[] ids = new int[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            ids[i] = vocabulary.idOf(pieces[i]);
            if (ids[i] < 0) {
                throw problem(path, "word " + (i + 1) + ", '" + pieces[i] + "', is not in the vocabulary");
            }
        }
        return ids;
    }
}

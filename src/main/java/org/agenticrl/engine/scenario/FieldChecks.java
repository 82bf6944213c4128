package org.agenticrl.engine.scenario;

import java.util.ArrayList;
import java.util.List;
import org.agenticrl.engine.FieldCheck;
import org.agenticrl.engine.episode.Capability;
import org.agenticrl.engine.text.Vocabulary;

/**
 * The engine's {@link FieldCheck}s for a scenario file, refusing with a {@link ScenarioException}, and the two checks
 * only a scenario needs: capability ids and texts made of the vocabulary's words. Immutable.
 */
final class FieldChecks extends FieldCheck<ScenarioException> {
    /** @param source the file path or built-in id, for messages */
    FieldChecks(String source) {
        super(source, ScenarioException::new);
    }

    /** Capability ids such as "tool_use", each checked. */
    List<Capability> capabilities(List<String> ids, String path) throws ScenarioException {
        List<Capability> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            try {
                result.add(Capability.fromId(ids.get(i)));
            } catch (IllegalArgumentException e) {
                throw refuse(path + "[" + i + "]", e.getMessage());
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
                throw refuse(path, "word " + (i + 1) + ", '" + pieces[i] + "', is not in the vocabulary");
            }
        }
        return ids;
    }
}

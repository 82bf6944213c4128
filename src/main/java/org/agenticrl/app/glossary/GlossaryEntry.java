package org.agenticrl.app.glossary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One glossary entry.
 *
 * @param id how links name it, e.g. "advantage"
 * @param term its heading, e.g. "Advantage A"
 * @param aliases other words a search finds it by, e.g. "G - b"
 * @param formula its formula in TeX; none for a term without one
 * @param text a few sentences of explanation
 * @param see the ids of related entries
 */
public record GlossaryEntry(String id, String term, List<String> aliases, @Nullable String formula, String text,
                            List<String> see) {
    public GlossaryEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        see = see == null ? List.of() : List.copyOf(see);
    }

    public Optional<String> formulaTex() {
        return Optional.ofNullable(formula);
    }

    /** Whether a search for the words finds this entry: each word in its term, aliases or text, ignoring case. */
    public boolean matches(String query) {
        String haystack = (term + "\n" + String.join("\n", aliases) + "\n" + text).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the term or an alias itself contains the query, which ranks the entry before those that only mention it. */
    boolean namedBy(String query) {
        String wanted = query.toLowerCase(Locale.ROOT).trim();
        return term.toLowerCase(Locale.ROOT).contains(wanted)
                || aliases.stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT).contains(wanted));
    }
}

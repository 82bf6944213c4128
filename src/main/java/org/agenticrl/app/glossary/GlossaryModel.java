package org.agenticrl.app.glossary;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The glossary as the window shows it: a search that narrows the list (entries named by the query first, then those
 * that only mention it, each group in reading order) and the entry shown. Opening an entry by id, as a link on
 * screen does, clears a search that would hide it.
 */
public final class GlossaryModel {
    private final Glossary glossary;
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<GlossaryEntry>> results = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<GlossaryEntry> shown = new SimpleObjectProperty<>();

    public GlossaryModel(Glossary glossary) {
        this.glossary = glossary;
        search.addListener((o, before, after) -> filter());
        filter();
        shown.set(glossary.entries().get(0));
    }

    /** What the search field holds. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The entries the search finds, best first; every entry when the search is empty. */
    public ReadOnlyObjectProperty<List<GlossaryEntry>> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    /** The entry on show. */
    public ObjectProperty<GlossaryEntry> shownProperty() {
        return shown;
    }

    /**
     * Shows the entry with this id.
     *
     * @return false, changing nothing, if there is no such entry
     */
    public boolean open(String id) {
        return glossary.entry(id).map(entry -> {
            if (!results.get().contains(entry)) {
                search.set("");
            }
            shown.set(entry);
            return true;
        }).orElse(false);
    }

    /** The heading of the entry with this id, or the id itself if there is none. */
    public String termOf(String id) {
        return glossary.entry(id).map(GlossaryEntry::term).orElse(id);
    }

    private void filter() {
        String query = search.get().trim();
        List<GlossaryEntry> all = glossary.entries();
        if (query.isEmpty()) {
            results.set(all);
            return;
        }
        results.set(all.stream().filter(entry -> entry.matches(query))
                .sorted(Comparator.comparing((GlossaryEntry entry) -> !entry.namedBy(query))
                        .thenComparing(all::indexOf))
                .toList());
    }
}

package org.agenticrl.engine.environment.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agenticrl.engine.environment.ArgumentStyle;

/**
 * Retrieves entries from the agent's long-term memory: every entry one of whose keywords occurs in the query
 * (case-insensitive). Retrieved entries are reported in {@link ToolResult#recalled()} so that the episode can show
 * them in the next observation.
 */
public record MemoryTool(String name, String signature, List<Entry> entries) implements Tool {
    /**
     * @param keywords words that make a query retrieve this entry
     * @param text what is remembered
     */
    public record Entry(List<String> keywords, String text) {
        public Entry {
            keywords = List.copyOf(keywords);
        }
    }

    public MemoryTool {
        entries = List.copyOf(entries);
    }

    @Override
    public ArgumentStyle argumentStyle() {
        return ArgumentStyle.WORDS;
    }

    @Override
    public ToolResult run(String argument) {
        String query = argument.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.keywords().stream().anyMatch(k -> query.contains(k.toLowerCase(Locale.ROOT)))) {
                found.add(entry.text());
            }
        }
        String output = found.isEmpty() ? "Recalled: nothing" : "Recalled: " + String.join("; ", found);
        return new ToolResult(output, true, found);
    }
}

package org.agenticrl.engine.environment.tools;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.agenticrl.engine.environment.ArgumentStyle;

/**
 * Looks the argument up in a small table, case-insensitively, as the seed's {@code search} looks a query up in its
 * knowledge base. The output is a template with {@code {value}} replaced by the entry, or by the missing text, and
 * {@code {input}} by the argument: "Current weather in {input}: {value}". With the seed's table, template
 * "Found: {value}" and missing text "No info" it answers exactly as the seed.
 */
public final class LookupTool implements Tool {
    private final String name;
    private final String signature;
    private final Map<String, String> entries = new HashMap<>();
    private final ToolTemplate template;
    private final String missing;

    /**
     * @param entries keys are matched after lower-casing and collapsing white space
     * @param template mentions {@link ToolTemplate#VALUE}
     */
    public LookupTool(String name, String signature, Map<String, String> entries, ToolTemplate template, String missing) {
        this.name = name;
        this.signature = signature;
        entries.forEach((key, value) -> this.entries.put(key(key), value));
        this.template = template;
        this.missing = missing;
    }

    private static String key(String text) {
        return ArgumentStyle.WORDS.normalize(text).toLowerCase(Locale.ROOT);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String signature() {
        return signature;
    }

    @Override
    public ArgumentStyle argumentStyle() {
        return ArgumentStyle.WORDS;
    }

    @Override
    public ToolResult run(String argument) {
        String value = entries.getOrDefault(key(argument), missing);
        return ToolResult.ok(template.fill(argument, value));
    }

    /** The table as given, keys normalised. */
    public Map<String, String> entries() {
        return Map.copyOf(entries);
    }

    public ToolTemplate template() {
        return template;
    }

    public String missing() {
        return missing;
    }
}

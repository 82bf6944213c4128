package org.agenticrl.engine.scenario;

import java.util.List;
import java.util.Locale;
import org.agenticrl.engine.Identified;
import org.agenticrl.engine.episode.Capability;

/** What a scenario file's tool does ({@code "kind"}), and the capabilities its calls exercise unless the file says. */
enum ToolKind implements Identified {
    CALCULATOR("+ - * / arithmetic: \"Result: 8\"", List.of(Capability.TOOL_USE), List.of()),
    LOOKUP("looks its input up in a table of entries, as the seed's search", List.of(Capability.TOOL_USE),
            List.of("template", "missing", "entries")),
    MEMORY("retrieves remembered entries whose keywords the query mentions", List.of(Capability.MEMORY),
            List.of("memory")),
    NOTE("writes its input down: a plan, a thought, a reflection", List.of(Capability.REASONING),
            List.of("template")),
    FINISH("submits the final answer and ends the episode", List.of(), List.of());

    private final String description;
    private final List<Capability> defaultCapabilities;
    private final List<String> fields;

    ToolKind(String description, List<Capability> defaultCapabilities, List<String> fields) {
        this.description = description;
        this.defaultCapabilities = defaultCapabilities;
        this.fields = fields;
    }

    /** The kind as scenario files write it: "calculator", "lookup", "memory", "note" or "finish". */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String description() {
        return description;
    }

    /** What a call of a tool of this kind exercises when the file gives no {@code capabilities}. */
    List<Capability> defaultCapabilities() {
        return defaultCapabilities;
    }

    /** The kind-specific fields of a tool spec this kind reads, beyond name, kind, signature and capabilities. */
    List<String> fields() {
        return fields;
    }
}

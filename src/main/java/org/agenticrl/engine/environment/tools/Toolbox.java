package org.agenticrl.engine.environment.tools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agenticrl.engine.environment.ActionParser;
import org.agenticrl.engine.environment.ArgumentStyle;

/** The tools an environment offers, by name, in the order the observation lists them. Immutable. */
public final class Toolbox {
    private final Map<String, Tool> tools = new LinkedHashMap<>();

    /** @throws IllegalArgumentException if two tools share a name */
    public Toolbox(List<Tool> tools) {
        for (Tool tool : tools) {
            if (this.tools.putIfAbsent(tool.name(), tool) != null) {
                throw new IllegalArgumentException("two tools are named '" + tool.name() + "'");
            }
        }
    }

    public Optional<Tool> find(String name) {
        return Optional.ofNullable(tools.get(name));
    }

    public List<Tool> tools() {
        return List.copyOf(tools.values());
    }

    /** The signatures shown in the observation, e.g. "calculate(expr)". */
    public List<String> signatures() {
        return tools.values().stream().map(Tool::signature).toList();
    }

    /** A parser that normalises each known tool's argument its own way, and unknown tools' as words. */
    public ActionParser parser() {
        return new ActionParser(name -> find(name).map(Tool::argumentStyle).orElse(ArgumentStyle.WORDS));
    }
}

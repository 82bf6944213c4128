package org.agenticrl.engine.episode;

import java.util.Locale;
import org.agenticrl.engine.Identified;

/** The six agentic capabilities of the survey's taxonomy (seed notebook section 3; module intro's list). */
public enum Capability implements Identified {
    PLANNING("planning", "Breaking a task into sub-goals"),
    TOOL_USE("tool use", "Calling an external tool"),
    MEMORY("memory", "Storing or retrieving information"),
    REASONING("reasoning", "Multi-step inference in text"),
    SELF_IMPROVEMENT("self-improvement", "Reflecting on and refining its own course"),
    PERCEPTION("perception", "Understanding the environment's input");

    private final String label;
    private final String description;

    Capability(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    @Override
    public String description() {
        return description;
    }

    /** The name used in scenario files and JSON: lower case with underscores, e.g. "tool_use". */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException listing the known ids when the id is not one */
    public static Capability fromId(String id) {
        return Identified.fromId(Capability.class, id, "capability");
    }
}

package org.agenticrl.engine.episode;

import java.util.Locale;
import org.agenticrl.engine.Identified;

/**
 * The six agentic capabilities of the survey's taxonomy (seed notebook section 3; the module intro's list), in the
 * seed's order: {@code values()} with {@link #label()} and {@link #description()} is the legend of the timeline's tags.
 */
public enum Capability implements Identified {
    PLANNING("Planning", "Breaking down complex tasks into manageable sub-goals"),
    TOOL_USE("Tool Use", "Selecting and invoking external tools and APIs to extend capabilities"),
    MEMORY("Memory", "Storing and retrieving information from past interactions"),
    REASONING("Reasoning", "Multi-step logical inference and problem-solving"),
    SELF_IMPROVEMENT("Self-Improvement", "Learning from mistakes and refining behavior through reflection"),
    PERCEPTION("Perception", "Understanding multi-modal inputs: text, images, audio");

    private final String label;
    private final String description;

    Capability(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The name as the seed's table writes it, e.g. "Tool Use". */
    public String label() {
        return label;
    }

    /** One line from the seed's definition, e.g. "Multi-step logical inference and problem-solving". */
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

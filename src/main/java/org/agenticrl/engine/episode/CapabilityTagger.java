package org.agenticrl.engine.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agenticrl.engine.environment.ActionParser;

/**
 * Says which capabilities a step exercises. A scripted step may carry its own tags (the seed's nine-step table does);
 * otherwise a step shows reasoning when it writes text before its {@code Action:}, and whatever its tool is declared to
 * exercise (tool use, memory, planning...). Immutable.
 */
public final class CapabilityTagger {
    private final Map<String, List<Capability>> byTool;
    private final Map<Integer, List<Capability>> scriptTags;
    private final int scriptLength;

    /**
     * @param byTool the capabilities each tool's call exercises
     * @param scriptTags explicit tags by scripted step index; steps not in the map are inferred
     * @param scriptLength the number of scripted steps (later steps repeat the last one, and its tags)
     */
    public CapabilityTagger(Map<String, List<Capability>> byTool, Map<Integer, List<Capability>> scriptTags,
                            int scriptLength) {
        this.byTool = Map.copyOf(byTool);
        this.scriptTags = Map.copyOf(scriptTags);
        this.scriptLength = scriptLength;
    }

    /** The tags of a step; scripted tags apply only in notebook mode. */
    public List<Capability> tag(EpisodeMode mode, int stepIndex, String text, String tool) {
        int scriptIndex = Math.min(stepIndex, scriptLength - 1);
        if (mode == EpisodeMode.NOTEBOOK && scriptTags.containsKey(scriptIndex)) {
            return scriptTags.get(scriptIndex);
        }
        List<Capability> tags = new ArrayList<>();
        int marker = text.indexOf(ActionParser.MARKER);
        if (marker > 0 && !text.substring(0, marker).isBlank()) {
            tags.add(Capability.REASONING);
        }
        if (tool != null) {
            for (Capability capability : byTool.getOrDefault(tool, List.of())) {
                if (!tags.contains(capability)) {
                    tags.add(capability);
                }
            }
        }
        return tags;
    }
}

package org.agenticrl.engine.reward;

import org.jspecify.annotations.Nullable;

/**
 * What a process reward rule may look at in one step.
 *
 * @param text the generated action text
 * @param tool the called tool's name; none when the text held no call
 * @param output the tool's output line (or the parser's complaint)
 */
public record StepFacts(String text, @Nullable String tool, String output, StepStatus status) {
}

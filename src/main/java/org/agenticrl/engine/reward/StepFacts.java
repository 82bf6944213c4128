package org.agenticrl.engine.reward;

/**
 * What a process reward rule may look at in one step.
 *
 * @param text the generated action text
 * @param tool the called tool's name, or null when the text held no call
 * @param output the tool's output line (or the parser's complaint)
 */
public record StepFacts(String text, String tool, String output, StepStatus status) {
}

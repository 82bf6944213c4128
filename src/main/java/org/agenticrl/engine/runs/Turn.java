package org.agenticrl.engine.runs;

/**
 * One step of a multi-step sample (an agent's turn): what it saw, thought and did, the tool it called with the
 * tool's answer, and the step's reward. Any part a format does not record is null.
 */
public record Turn(String observation, String thought, String action, String tool, String toolOutput, Double reward) {
}

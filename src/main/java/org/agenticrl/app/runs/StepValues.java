package org.agenticrl.app.runs;

/** The rewards and response lengths of every sample of one step, for a small run's distributions. */
public record StepValues(long step, double[] rewards, double[] lengths) {
}

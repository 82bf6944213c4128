/**
 * The Run tab: a real training run opened from the files a framework dumped (verl, TRL, rLLM, inspect_ai, this app's
 * own formats), read by {@code org.agenticrl.engine.runs}. {@link org.agenticrl.app.runs.RunModel} opens and follows
 * the run on the worker thread and owns the models of its views: the step on screen ({@link
 * org.agenticrl.app.runs.StepModel}), the sample ({@link org.agenticrl.app.runs.SampleModel}) and the early/late
 * comparison ({@link org.agenticrl.app.runs.CompareModel}). The views only bind: {@link
 * org.agenticrl.app.runs.RunView} holds the overview's charts, the step's table and histogram, the sample's cards and
 * token chips, the comparison and the skipped lines; {@link org.agenticrl.app.runs.RunOpeningBar} shows an opening's
 * progress with Cancel.
 */
package org.agenticrl.app.runs;

/**
 * The Run tab: a real training run opened from the files a framework dumped (verl, TRL, rLLM, inspect_ai, this app's
 * own formats), read by {@code org.agenticrl.engine.runs}. {@link org.agenticrl.app.runs.RunModel} opens and follows
 * the run on the worker thread, compares it with a second run and owns the models of its views: the step on screen
 * ({@link org.agenticrl.app.runs.StepModel}), the sample ({@link org.agenticrl.app.runs.SampleModel}) and the prompt
 * followed across the steps ({@link org.agenticrl.app.runs.PromptModel}). The views only bind: {@link
 * org.agenticrl.app.runs.RunView} holds the overview's charts (or a small run's distributions), the step's table and
 * histogram, the sample as an episode timeline of turn cards with its token chips where they were logged, the prompt
 * followed, and the skipped lines; {@link org.agenticrl.app.runs.RunOpeningBar} shows an opening's progress with Cancel.
 */
package org.agenticrl.app.runs;

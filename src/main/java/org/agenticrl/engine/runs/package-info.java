/**
 * Real training runs read from the files frameworks dump (verl, TRL, rLLM, inspect_ai, this app's own episode
 * export and its JSONL format): {@link org.agenticrl.engine.runs.RunOpener} recognises a format by content and opens
 * a {@link org.agenticrl.engine.runs.Run}, whose steps are summarised on open and whose samples are read one step at a
 * time. Large line-per-sample dumps are indexed by DuckDB, never loaded whole; what cannot be read is skipped and
 * listed in a {@link org.agenticrl.engine.runs.SkipReport}. Pure Java, no JavaFX.
 */
package org.agenticrl.engine.runs;

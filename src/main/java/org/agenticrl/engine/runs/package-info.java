/**
 * Real training runs read from the files frameworks dump (verl, TRL, rLLM, inspect_ai, this app's own episode
 * export and its JSONL format): {@link org.agenticrl.engine.runs.RunOpener} recognises a format by content and opens
 * a {@link org.agenticrl.engine.runs.Run}, whose steps are summarised on open and whose samples are read on demand: a
 * step, a page of it, or one sample. Large line-per-sample dumps are summarised by DuckDB and indexed line by line
 * (offsets only), never loaded whole, so that one sample is read by seeking to its line; what cannot be read is
 * skipped and listed in a {@link org.agenticrl.engine.runs.SkipReport}. Pure Java, no JavaFX.
 */
package org.agenticrl.engine.runs;

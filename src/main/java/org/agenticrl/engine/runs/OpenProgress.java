package org.agenticrl.engine.runs;

/**
 * Hears how far opening a run has got, and may stop it: {@link RunOpener} calls it on the opening thread after each
 * file it recognises, and checks {@link #cancelled()} between files, before indexing (an index query under way,
 * DuckDB's, runs to its end first) and, from the indexing threads, before each file's lines are indexed.
 */
public interface OpenProgress {
    /** Hears nothing and never cancels. */
    OpenProgress NONE = new OpenProgress() {
        @Override
        public void recognised(int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** done of total files have had their format recognised; indexing follows the last. */
    void recognised(int done, int total);

    /** Whether to stop: opening then ends with a {@link RunException} saying it was cancelled. */
    boolean cancelled();
}

package org.agenticrl.app.common;

import java.util.concurrent.Executor;

/**
 * The clocks and threads the model runs on. The app passes a JavaFX timeline, a worker thread and an animation
 * timer; tests pass hand-driven clocks and run everything on the test thread.
 *
 * @param playback ticks while an episode plays
 * @param background file reading and writing
 * @param trainingWorker runs training jobs one after another; each job hands its results back through a queue
 * @param frames once per screen frame while training runs: paces it and shows its results
 * @param sweepFrames once per screen frame while a sweep runs: shows the cells that finished
 * @param recovery ticks once a minute while there are unsaved changes: writes the recovery copy
 */
public record ModelRuntime(PlaybackClock playback, BackgroundWork background, Executor trainingWorker,
                           FrameTicker frames, FrameTicker sweepFrames, PlaybackClock recovery) {
}

package org.agenticrl.app.common;

/** Everything on the test thread: hand-driven playback and frames, immediate background work and training jobs. */
public final class TestRuntime {
    public final ManualClock clock = new ManualClock();
    public final ManualFrames frames = new ManualFrames();
    public final ManualFrames sweepFrames = new ManualFrames();
    public final ManualClock recoveryClock = new ManualClock();
    public final ModelRuntime runtime = new ModelRuntime(clock, BackgroundWork.immediate(), Runnable::run, frames,
            sweepFrames, recoveryClock);
}

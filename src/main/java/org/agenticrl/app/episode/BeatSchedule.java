package org.agenticrl.app.episode;

import java.util.List;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.Trajectory;
import org.jspecify.annotations.Nullable;

/**
 * How an episode unfolds beat by beat when it is played: each token of a step is a beat, then the step's tool call
 * with its output and reward, and after the last step the outcome. Cursor 0 shows nothing; cursor
 * {@link #beatCount()} shows everything. Immutable; pure logic, no JavaFX.
 */
public final class BeatSchedule {
    private final Trajectory trajectory;
    private final int[] stepStart;
    private final int beats;

    public BeatSchedule(Trajectory trajectory) {
        this.trajectory = trajectory;
        List<EpisodeStep> steps = trajectory.steps();
        this.stepStart = new int[steps.size()];
        int beat = 0;
        for (int s = 0; s < steps.size(); s++) {
            stepStart[s] = beat;
            beat += steps.get(s).generation().steps().size() + 1;
        }
        this.beats = beat + 1;
    }

    public Trajectory trajectory() {
        return trajectory;
    }

    /** The number of beats; the cursor runs from 0 to this. */
    public int beatCount() {
        return beats;
    }

    /** How many tokens of step s are shown at the cursor. */
    public int tokensShown(int step, int cursor) {
        int tokens = trajectory.steps().get(step).generation().steps().size();
        return Math.max(0, Math.min(tokens, cursor - stepStart[step]));
    }

    /** Whether step s has been reached at all. */
    public boolean stepStarted(int step, int cursor) {
        return cursor > stepStart[step];
    }

    /** Whether step s's tool call, output and reward are shown. */
    public boolean toolShown(int step, int cursor) {
        return cursor >= stepStart[step] + trajectory.steps().get(step).generation().steps().size() + 1;
    }

    public boolean outcomeShown(int cursor) {
        return cursor >= beats;
    }

    /** The number of steps whose tool result is shown: the steps that count towards the running return. */
    public int stepsCompleted(int cursor) {
        int completed = 0;
        for (int s = 0; s < stepStart.length && toolShown(s, cursor); s++) {
            completed++;
        }
        return completed;
    }

    /**
     * The token revealed by the beat just before the cursor, if that beat revealed a token.
     *
     * @return {step, token}; none when the beat reveals no token
     */
    public int @Nullable [] tokenRevealedAt(int cursor) {
        int beat = cursor - 1;
        for (int s = stepStart.length - 1; s >= 0; s--) {
            if (beat >= stepStart[s]) {
                int token = beat - stepStart[s];
                return token < trajectory.steps().get(s).generation().steps().size() ? new int[] {s, token} : null;
            }
        }
        return null;
    }

    /**
     * The last token revealed at the cursor, looking back past tool and outcome beats.
     *
     * @return {step, token}; none when no token is revealed yet
     */
    public int @Nullable [] lastTokenAt(int cursor) {
        for (int beat = Math.min(cursor, beats); beat > 0; beat--) {
            int[] token = tokenRevealedAt(beat);
            if (token != null) {
                return token;
            }
        }
        return null;
    }
}

package org.agenticrl.engine.session;

import org.agenticrl.engine.Identified;

/**
 * The controls a lesson's chapter may hide from the room, by the ids a session file uses. The vocabulary is stable:
 * ids are only ever added, so an older lesson keeps its meaning.
 */
public enum HideableControl implements Identified {
    SCENARIO_PICKER("scenario-picker", "the scenario picker and the task choice above the timeline"),
    EPISODE_MODE("episode-mode", "Notebook / Live, the seed and Re-roll"),
    TRANSPORT("transport", "the transport bar: reset, step, play, speed and the scrubber"),
    CAPABILITY_LEGEND("capability-legend", "the count of steps per capability under the timeline"),
    DECODING("decoding", "temperature, greedy or sampled decoding and the sort order of the token bars"),
    PREVIEW("preview", "the strip above the token bars: the one-update preview's switch, its step size eta and, while "
            + "the token view is shown alone, lambda1 and lambda2"),
    WEIGHTS("weights", "the lambda1, lambda2 and gamma sliders"),
    VARIANTS("variants", "the reward mode and the SFT and KL variants with their notes"),
    STEP_TABLE("step-table", "the per-step table of rewards, returns and advantages"),
    WATERFALL("waterfall", "the waterfall chart of the loss terms"),
    TRAINING_SETTINGS("training-settings", "the Training tab's settings and buttons");

    private final String id;
    private final String description;

    HideableControl(String id, String description) {
        this.id = id;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }
}

package org.agenticrl.engine.session;

import org.agenticrl.engine.Identified;

/**
 * The controls a lesson's chapter may hide from the room, by the ids a session file uses, each with the name a person
 * reads ("Scenario picker") and a description of what it covers. The vocabulary is stable: ids are only ever added,
 * so an older lesson keeps its meaning; labels and descriptions may be reworded.
 */
public enum HideableControl implements Identified {
    SCENARIO_PICKER("scenario-picker", "Scenario picker", "the scenario picker and the task choice above the timeline"),
    EPISODE_MODE("episode-mode", "Episode mode", "Notebook / Live, the seed and Re-roll"),
    TRANSPORT("transport", "Transport bar", "the transport bar: reset, step, play, speed and the scrubber"),
    CAPABILITY_LEGEND("capability-legend", "Capability counts", "the count of steps per capability under the timeline"),
    DECODING("decoding", "Decoding", "temperature, greedy or sampled decoding and the sort order of the token bars"),
    PREVIEW("preview", "Update preview and \u03bb strip", "the strip above the token bars: the one-update preview's switch,"
            + " its step size eta and, while the token view is shown alone, lambda1 and lambda2"),
    WEIGHTS("weights", "Weights \u03bb1, \u03bb2, \u03b3", "the lambda1, lambda2 and gamma sliders"),
    VARIANTS("variants", "Loss variants", "the reward mode and the SFT and KL variants with their notes"),
    STEP_TABLE("step-table", "Step table", "the per-step table of rewards, returns and advantages"),
    WATERFALL("waterfall", "Loss waterfall", "the waterfall chart of the loss terms"),
    TRAINING_SETTINGS("training-settings", "Training settings", "the Training tab's settings and buttons");

    private final String id;
    private final String label;
    private final String description;

    HideableControl(String id, String label, String description) {
        this.id = id;
        this.label = label;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    /** The control's name for people, as a lesson editor lists it: "Scenario picker" for scenario-picker. */
    public String label() {
        return label;
    }

    @Override
    public String description() {
        return description;
    }
}

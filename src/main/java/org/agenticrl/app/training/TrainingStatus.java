package org.agenticrl.app.training;

/** Where a training run is. */
public enum TrainingStatus {
    /** No update yet: the pre-trained policy; settings can be changed. */
    READY("Ready"),
    RUNNING("Training"),
    PAUSED("Paused"),
    /** The run reached its number of episodes. */
    FINISHED("Finished"),
    /** A number blew up; the policy is the last finite one. */
    DIVERGED("Stopped: diverged"),
    /**
     * A run read back from a session file: its curve and policy, without the trainer's state (optimizer moments,
     * position in the random stream), so it can be pinned or reset but not continued.
     */
    RESTORED("Restored from a session: pin or reset to train again");

    private final String label;

    TrainingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

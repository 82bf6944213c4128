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
    DIVERGED("Stopped: diverged");

    private final String label;

    TrainingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.agenticrl.app.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.agenticrl.engine.training.Divergence;
import org.junit.jupiter.api.Test;

/** The training controls' words and speeds, without JavaFX. */
class TrainingSentencesTest {
    @Test
    void progressSaysTheStatusTheUpdateAndTheEpisodes() {
        assertEquals(TrainingStatus.values()[0].label() + " \u00b7 update 12 \u00b7 480 / 2000 episodes",
                TrainingSentences.progress(TrainingStatus.values()[0], 12, 480, 2000));
    }

    @Test
    void aDivergenceSaysWhereWhatAndWhatToChange() {
        assertEquals("\u26a0 Training diverged at update 3: the gradient is no longer finite. The policy is the last "
                + "finite one. To fix it: lower the learning rate, then Reset and Train.",
                TrainingSentences.divergence(new Divergence(3, "the gradient is no longer finite", "lower the learning rate")));
    }

    @Test
    void everySpeedIsWrittenAndReadBack() {
        for (Double speed : TrainingSentences.speeds()) {
            assertEquals(speed, TrainingSentences.speed(TrainingSentences.speed(speed)));
        }
        assertEquals("30/s", TrainingSentences.speed(30.0));
        assertEquals("max", TrainingSentences.speed(Double.POSITIVE_INFINITY));
        assertEquals("", TrainingSentences.speed((Double) null));
    }
}

package org.agenticrl.app.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.agenticrl.engine.runs.RunExtract;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.training.Trainer;
import org.agenticrl.engine.training.TrainingConfig;
import org.agenticrl.engine.training.TrainingDivergedException;
import org.agenticrl.engine.training.TrainingUpdate;
import org.agenticrl.engine.training.VerlRollouts;

/**
 * The toy trainer's own run as {@code train --rollouts} dumps it (the same trainer, the same {@link VerlRollouts}),
 * cut to the whole groups of a few updates: the extract the lesson "From the toy to a real run" carries.
 */
final class ToyRollouts {
    /** The run's name on screen, as its folder would be called. */
    static final String NAME = "toy-rollouts";

    private ToyRollouts() {
    }

    /** Trains until the last of the updates and keeps their groups, in update order. */
    static RunExtract of(Scenario scenario, TrainingConfig config, Set<Integer> updates) {
        try {
            Path folder = Files.createTempDirectory("agentic-rl-toy-rollouts");
            VerlRollouts dump = VerlRollouts.into(folder, config.loss().rewardMode());
            Trainer trainer = new Trainer(scenario, config);
            int last = updates.stream().mapToInt(Integer::intValue).max().orElseThrow();
            List<String> lines = new ArrayList<>();
            for (int update = 1; update <= last; update++) {
                TrainingUpdate done = trainer.step();
                if (updates.contains(update)) {
                    dump.write(done);
                    Path file = folder.resolve(update + ".jsonl");
                    lines.addAll(Files.readAllLines(file));
                    Files.delete(file);
                }
            }
            Files.delete(folder);
            return new RunExtract(NAME, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TrainingDivergedException e) {
            throw new IllegalStateException("the toy's run diverged", e);
        }
    }
}

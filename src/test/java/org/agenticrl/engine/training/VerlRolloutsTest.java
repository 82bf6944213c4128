package org.agenticrl.engine.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.reward.RewardRule;
import org.agenticrl.engine.scenario.EpisodeSettings;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The toy trainer's rollouts as verl dumps them: a line per episode of each update, its prompt and turns as a decoded
 * chat, the score training used and the rewards' parts; a folder that holds a run already is refused.
 */
class VerlRolloutsTest {
    private static final Scenario SEED = ScenarioLoader.seed();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void theNotebooksEpisodeIsAChatWithToolCallsAndItsRewardsParts() throws Exception {
        Trajectory notebook = EpisodeSettings.notebook().run(SEED, SEED.pretrainedPolicy());
        JsonNode line = JSON.readTree(VerlRollouts.into(folder.resolve("run"), RewardMode.NOTEBOOK).line(notebook, 7));
        assertEquals("user\n" + notebook.steps().get(0).observation() + "\nassistant\n", line.get("input").asText());
        assertEquals("""
                I need to calculate this Action: calculate( 5 + 3 )
                <tool_call>{"name":"calculate","arguments":{"input":"5+3"}}</tool_call>
                user
                <tool_response>
                Result: 8
                </tool_response>
                assistant
                Action: finish( 8 )
                <tool_call>{"name":"finish","arguments":{"input":"8"}}</tool_call>
                user
                <tool_response>
                ANSWER: 8
                </tool_response>""", line.get("output").asText());
        assertEquals("8", line.get("gts").asText());
        assertEquals(0.4, line.get("score").asDouble(), 1e-15, "the notebook's reward mode: process rewards only");
        assertEquals(7, line.get("step").asInt());
        assertTrue(line.get("acc").asBoolean());
        assertEquals(1.0, line.get("outcome").asDouble());
        assertEquals(0.4, line.get("process").asDouble(), 1e-15);
        assertEquals(0.3, line.get("process_used_calculator").asDouble());
        assertEquals(0.1, line.get("process_showed_reasoning").asDouble());
    }

    @Test
    void everyUpdateIsAFileOfItsGroupWithTheScoreTrainingUsed() throws Exception {
        Path run = folder.resolve("run");
        TrainingConfig config = TrainingConfig.defaults().withSeed(5);
        VerlRollouts rollouts = VerlRollouts.into(run, config.loss().rewardMode());
        Trainer trainer = new Trainer(SEED, config);
        for (int i = 0; i < 3; i++) {
            TrainingUpdate update = trainer.step();
            rollouts.write(update);
            List<String> lines = Files.readAllLines(run.resolve(update.metrics().update() + ".jsonl"));
            assertEquals(config.groupSize(), lines.size());
            for (int e = 0; e < lines.size(); e++) {
                Trajectory episode = update.group().get(e);
                JsonNode line = JSON.readTree(lines.get(e));
                double score = 0;
                for (double reward : config.loss().rewardMode().stepRewards(episode)) {
                    score += reward;
                }
                assertEquals(score, line.get("score").asDouble(), 0.0);
                assertEquals(i + 1, line.get("step").asInt());
                assertEquals(episode.succeeded(), line.get("acc").asBoolean());
                double parts = 0;
                for (EpisodeStep step : episode.steps()) {
                    assertTrue(line.get("output").asText().contains(step.text() + "\n"), step.text());
                    assertTrue(line.get("output").asText().contains("<tool_response>\n" + step.toolOutput() + "\n"));
                    for (RewardRule rule : step.processReward().fired()) {
                        parts += rule.reward();
                    }
                }
                double named = 0;
                for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) line::fields) {
                    named += field.getKey().startsWith("process_") ? field.getValue().asDouble() : 0;
                }
                assertEquals(parts, named, 1e-12, "the named parts add up to the process rewards");
            }
        }
        try (var files = Files.list(run)) {
            assertEquals(List.of("1.jsonl", "2.jsonl", "3.jsonl"), files.map(f -> f.getFileName().toString()).sorted()
                    .toList());
        }
    }

    @Test
    void aFolderThatHoldsARunOrIsAFileIsRefused() throws Exception {
        Path run = folder.resolve("run");
        Files.createDirectories(run);
        Files.writeString(run.resolve("12.jsonl"), "{}\n");
        IllegalArgumentException held = assertThrows(IllegalArgumentException.class,
                () -> VerlRollouts.into(run, RewardMode.NOTEBOOK));
        assertTrue(held.getMessage().contains("holds rollouts already (12.jsonl)"), held.getMessage());
        Path file = Files.writeString(folder.resolve("file"), "x");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VerlRollouts.into(file, RewardMode.NOTEBOOK))
                .getMessage().contains("is a file"));
    }
}

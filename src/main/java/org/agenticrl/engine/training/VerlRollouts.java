package org.agenticrl.engine.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.reward.RewardRule;
import org.agenticrl.engine.session.AtomicWrite;

/**
 * The toy trainer's rollouts written as verl writes its own ({@code RayPPOTrainer._dump_generations},
 * verl/trainer/ppo/ray_trainer.py), so that a run of this app opens in the Run tab like a real one: a file
 * {@code {step}.jsonl} per update, one line per episode of the update's group, with
 * <ul>
 *   <li>{@code input}: the prompt as verl decodes a chat with its special tokens stripped, the user's turn (the first
 *       observation: task, tools, format) and the open assistant turn;
 *   <li>{@code output}: the agent's turns, each step's action text as the agent wrote it, the call the environment
 *       parsed from it as a Qwen-style {@code <tool_call>{"name": …, "arguments": {"input": …}}</tool_call>}, and
 *       the environment's answer as a {@code <tool_response>} turn;
 *   <li>{@code gts}: the task's expected answer; {@code score}: the reward training used, the sum of the episode's
 *       step rewards under the run's reward mode; {@code step}: the update's number from 1;
 *   <li>the reward extras: {@code acc} (whether the final answer is right), {@code outcome}, {@code process} (the
 *       sum of the process rewards) and {@code process_<reason>} for each process-reward rule that fired, summed over
 *       the steps (e.g. {@code process_used_calculator}).
 * </ul>
 * Each file is written whole in one step. Stateless but for the folder and the reward mode.
 */
public final class VerlRollouts {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Path folder;
    private final RewardMode rewardMode;

    private VerlRollouts(Path folder, RewardMode rewardMode) {
        this.folder = folder;
        this.rewardMode = rewardMode;
    }

    /**
     * Rollouts into folder, made if it does not exist.
     *
     * @param rewardMode the run's reward mode, which makes the score
     * @throws IllegalArgumentException folder is a file, cannot be made, or holds rollouts already (of another run),
     *                                  with the reason; nothing is written then
     */
    public static VerlRollouts into(Path folder, RewardMode rewardMode) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is a file, not a folder for the rollouts");
        }
        try {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(folder)) {
                List<String> dumps = files.map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(".jsonl")).sorted().limit(3).toList();
                if (!dumps.isEmpty()) {
                    throw new IllegalArgumentException(folder + " holds rollouts already (" + String.join(", ", dumps)
                            + "): give an empty or a new folder, so that two runs do not mix");
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write rollouts to " + folder + ": " + e.getMessage(), e);
        }
        return new VerlRollouts(folder, rewardMode);
    }

    /** Writes the update's group as {@code {step}.jsonl}. */
    public void write(TrainingUpdate update) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Trajectory episode : update.group()) {
            lines.append(line(episode, update.metrics().update())).append('\n');
        }
        AtomicWrite.write(folder.resolve(update.metrics().update() + ".jsonl"),
                lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** One episode as a line of verl's dump. */
    String line(Trajectory episode, int step) throws JsonProcessingException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("input", "user\n" + episode.steps().get(0).observation() + "\nassistant\n");
        line.put("output", output(episode));
        line.put("gts", episode.task().answer());
        double score = 0;
        for (double reward : rewardMode.stepRewards(episode)) {
            score += reward;
        }
        line.put("score", score);
        line.put("step", step);
        line.put("acc", episode.succeeded());
        line.put("outcome", episode.outcome().reward());
        line.put("process", episode.processRewardsThrough(episode.steps().size() - 1));
        for (EpisodeStep taken : episode.steps()) {
            for (RewardRule rule : taken.processReward().fired()) {
                line.merge("process_" + key(rule.reason()), rule.reward(), (a, b) -> (Double) a + (Double) b);
            }
        }
        return JSON.writeValueAsString(line);
    }

    private static String output(Trajectory episode) throws JsonProcessingException {
        StringBuilder output = new StringBuilder();
        for (EpisodeStep step : episode.steps()) {
            if (output.length() > 0) {
                output.append("\nassistant\n");
            }
            output.append(step.text());
            if (step.tool() != null) {
                Map<String, Object> call = new LinkedHashMap<>();
                call.put("name", step.tool());
                call.put("arguments", Map.of("input", step.toolInput()));
                output.append("\n<tool_call>").append(JSON.writeValueAsString(call)).append("</tool_call>");
            }
            output.append("\nuser\n<tool_response>\n").append(step.toolOutput()).append("\n</tool_response>");
        }
        return output.toString();
    }

    /** A rule's reason as a key: lower case, every run of other characters an underscore ("used calculator"). */
    private static String key(String reason) {
        String key = reason.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("(^_+)|(_+$)", "");
        return key.isEmpty() ? "rule" : key;
    }
}

package org.agenticrl.engine.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.agenticrl.engine.episode.Capability;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.text.Vocabulary;

/**
 * A trajectory as plain data for export: JSON (every number at full precision) or CSV (one row per step).
 * The same document the {@code episode --json} command prints.
 */
public record EpisodeDocument(String mode, String task, String expectedAnswer, List<Step> steps, String finalAnswer,
                              double outcomeReward, String outcomeMessage, double totalReward) {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** One step of the episode. */
    public record Step(int number, String observation, String history, String text, List<String> tokens,
                       double[] tokenLogProbs, double logProb, String tool, String toolInput, String toolOutput,
                       String status, double processReward, List<String> reasons, List<String> capabilities,
                       List<String> recalled, String note) {
    }

    /**
     * @param scripted whether the trajectory is the scenario's scripted notebook agent, whose steps carry the
     *                 script's notes
     */
    public static EpisodeDocument of(Trajectory trajectory, Scenario scenario, boolean scripted) {
        int count = trajectory.steps().size();
        List<String> notes = scripted ? scenario.scriptNotes(count) : Collections.nCopies(count, null);
        Vocabulary vocabulary = scenario.vocabulary();
        List<Step> steps = trajectory.steps().stream()
                .map(step -> step(step, vocabulary, notes.get(step.number() - 1))).toList();
        return new EpisodeDocument(lower(trajectory.mode().name()), trajectory.task().prompt(), trajectory.task().answer(),
                steps, trajectory.finalAnswer(), trajectory.outcome().reward(), trajectory.outcome().message(),
                trajectory.totalReward());
    }

    private static Step step(EpisodeStep step, Vocabulary vocabulary, String note) {
        return new Step(step.number(), step.observation(), step.history(), step.text(),
                Arrays.stream(step.generation().tokens()).mapToObj(vocabulary::token).toList(), step.generation().logProbs(),
                step.logProb(), step.tool(), step.toolInput(), step.toolOutput(), lower(step.status().name()),
                step.processReward().reward(), step.processReward().reasons(),
                step.capabilities().stream().map(Capability::id).toList(), step.recalled(), note);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Indented JSON. */
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an episode could not be written as JSON", e);
        }
    }

    /** RFC 4180 CSV: a header and one row per step; the outcome is repeated on each row. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("step,history,text,log_prob,tool,tool_input,tool_output,status,"
                + "process_reward,reasons,capabilities,note,final_answer,outcome_reward,total_reward\r\n");
        for (Step step : steps) {
            csv.append(String.join(",", String.valueOf(step.number()), quote(step.history()), quote(step.text()),
                    String.valueOf(step.logProb()), quote(step.tool() == null ? "" : step.tool()),
                    quote(step.toolInput()), quote(step.toolOutput()), step.status(),
                    String.valueOf(step.processReward()), quote(String.join("; ", step.reasons())),
                    quote(String.join(" ", step.capabilities())), quote(step.note() == null ? "" : step.note()),
                    quote(finalAnswer == null ? "" : finalAnswer),
                    String.valueOf(outcomeReward), String.valueOf(totalReward))).append("\r\n");
        }
        return csv.toString();
    }

    private static String quote(String field) {
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}

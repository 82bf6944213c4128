package org.agenticrl.engine.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a scenario, field for field (schema version {@value #SCHEMA_VERSION}); see the manual's
 * src/site/markdown/scenarios.md. Only {@link ScenarioValidator} turns it into a {@link Scenario}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioFile(Integer schemaVersion, String id, String title, String description, List<String> vocabulary,
                           Model model, List<ToolSpec> tools, List<TaskSpec> tasks, Integer maxSteps,
                           List<RuleSpec> processRewards, OutcomeSpec outcomeReward,
                           List<DemonstrationSpec> demonstrations, List<ScriptStep> script, ContrastSpec contrast) {
    public static final int SCHEMA_VERSION = 1;

    /** The pre-trained language model. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Model(String startToken, List<String> stopTokens, Integer maxTokens, Double baseProbability,
                        Double boostMass, Fallback fallback, Map<String, List<String>> transitions) {
    }

    public record Fallback(String token, Double probability) {
    }

    /** kind: calculator, lookup, memory, note or finish; the other fields as the kind needs (see {@link ToolKind}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ToolSpec(String name, String kind, String signature, List<String> capabilities, String template,
                           String missing, Map<String, String> entries, List<MemorySpec> memory) {
    }

    public record MemorySpec(List<String> keywords, String text) {
    }

    public record TaskSpec(String prompt, String answer) {
    }

    /** once: true when the rule fires at most once per episode; absent means false. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleSpec(Double reward, String reason, ConditionSpec when, Boolean once) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConditionSpec(String tool, String textContains, String outputContains, List<String> status) {
    }

    public record OutcomeSpec(Double correct, Double wrong) {
    }

    public record DemonstrationSpec(List<String> history, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScriptStep(String text, List<String> capabilities, String note) {
    }

    /** The traditional single-turn model shown beside the agent: response is its notebook-mode text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContrastSpec(String title, String description, String response) {
    }
}

package org.agenticrl.engine.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agenticrl.engine.episode.Capability;
import org.agenticrl.engine.episode.CapabilityTagger;
import org.agenticrl.engine.episode.Environment;
import org.agenticrl.engine.episode.EpisodeRunner;
import org.agenticrl.engine.episode.SingleTurnAgent;
import org.agenticrl.engine.episode.Task;
import org.agenticrl.engine.environment.ParsedAction;
import org.agenticrl.engine.environment.tools.Tool;
import org.agenticrl.engine.environment.tools.Toolbox;
import org.agenticrl.engine.loss.Demonstration;
import org.agenticrl.engine.loss.LossCalculator;
import org.agenticrl.engine.reward.OutcomeReward;
import org.agenticrl.engine.text.Vocabulary;

/**
 * Checks a {@link ScenarioFile} field by field and builds the {@link Scenario}; the first problem found is reported
 * with its field path. Limits keep every scenario small enough to show and fast to train.
 */
public final class ScenarioValidator {
    public static final int MAX_VOCABULARY = 256;
    /** The longest token, in characters: a token is one word of the language model, shown on a bar and a chip. */
    public static final int MAX_TOKEN_LENGTH = 64;
    public static final int MAX_TOKENS = 64;
    public static final int MAX_STEPS = 20;
    public static final double MAX_ABS_REWARD = 100.0;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern HISTORY_ITEM = Pattern.compile("malformed|([A-Za-z0-9_]+):(ok|error|unknown)");

    private final FieldChecks checks;

    private ScenarioValidator(String source) {
        this.checks = new FieldChecks(source);
    }

    /**
     * @param source the file path or built-in id, for messages
     * @throws ScenarioException naming the source, the field path and the reason of the first problem
     */
    public static Scenario validate(ScenarioFile file, String source) throws ScenarioException {
        return new ScenarioValidator(source).build(file);
    }

    private Scenario build(ScenarioFile file) throws ScenarioException {
        if (file == null) {
            throw checks.refuse("", "the file holds no JSON object");
        }
        int version = checks.required(file.schemaVersion(), "schemaVersion");
        if (version != ScenarioFile.SCHEMA_VERSION) {
            throw checks.refuse("schemaVersion", "is " + version + "; this version of the program reads schema version "
                    + ScenarioFile.SCHEMA_VERSION);
        }
        if (!ID.matcher(checks.requiredText(file.id(), "id")).matches()) {
            throw checks.refuse("id", "'" + file.id() + "' must be lower-case letters, digits and dashes");
        }
        checks.requiredText(file.title(), "title");
        Vocabulary vocabulary = vocabulary(file.vocabulary());
        ModelValidator.Model model = new ModelValidator(checks, vocabulary).build(file.model());
        ToolValidator.Tools tools = new ToolValidator(checks).build(file.tools());
        List<Task> tasks = tasks(file.tasks());
        int maxSteps = checks.bounded(file.maxSteps(), 3, 1, MAX_STEPS, "maxSteps");
        RewardValidator rewards = new RewardValidator(checks);
        OutcomeReward outcome = rewards.outcome(file.outcomeReward());
        Environment environment = new Environment(tools.toolbox(),
                rewards.processRewards(file.processRewards(), tools.toolbox()), outcome);
        Script script = script(file.script(), vocabulary, tools.toolbox());
        List<Demonstration> demonstrations = demonstrations(file.demonstrations(), vocabulary, model, tools.toolbox());
        EpisodeRunner runner = new EpisodeRunner(vocabulary, environment, model.generator(),
                new CapabilityTagger(tools.capabilities(), script.tags(), script.actions().length));
        return new Scenario(file, vocabulary, model.table(), runner, tasks, maxSteps, model.maxTokens(), script.actions(),
                new LossCalculator(model.generator(), demonstrations),
                contrast(file.contrast(), vocabulary, model, outcome));
    }

    private Vocabulary vocabulary(List<String> tokens) throws ScenarioException {
        checks.required(tokens, "vocabulary");
        if (tokens.isEmpty() || tokens.size() > MAX_VOCABULARY) {
            throw checks.refuse("vocabulary", "must hold 1 to " + MAX_VOCABULARY + " tokens, has " + tokens.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String path = "vocabulary[" + i + "]";
            if (token == null || token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
                throw checks.refuse(path, "a token must be non-empty and contain no white space");
            }
            if (token.length() > MAX_TOKEN_LENGTH) {
                throw checks.refuse(path, "a token is at most " + MAX_TOKEN_LENGTH + " characters long; this one has "
                        + token.length() + " (" + JsonSyntax.quote(token) + ")");
            }
            if (!seen.add(token)) {
                throw checks.refuse(path, "'" + token + "' appears twice");
            }
        }
        return Vocabulary.of(tokens);
    }

    /**
     * The notebook agent.
     *
     * @param actions each step's tokens
     * @param tags the explicit capability tags, by step index
     */
    private record Script(int[][] actions, Map<Integer, List<Capability>> tags) {
    }

    private Script script(List<ScenarioFile.ScriptStep> steps, Vocabulary vocabulary, Toolbox toolbox)
            throws ScenarioException {
        checks.required(steps, "script");
        if (steps.isEmpty()) {
            throw checks.refuse("script", "needs at least one step");
        }
        int[][] actions = new int[steps.size()][];
        Map<Integer, List<Capability>> tags = new HashMap<>();
        for (int i = 0; i < actions.length; i++) {
            String path = "script[" + i + "]";
            ScenarioFile.ScriptStep step = checks.required(steps.get(i), path);
            actions[i] = action(vocabulary, toolbox, step.text(), path + ".text");
            if (step.capabilities() != null) {
                tags.put(i, checks.capabilities(step.capabilities(), path + ".capabilities"));
            }
        }
        return new Script(actions, tags);
    }

    /** The tokens of an agent's action text, which must call one of the scenario's tools. */
    private int[] action(Vocabulary vocabulary, Toolbox toolbox, String text, String path) throws ScenarioException {
        int[] tokens = checks.text(vocabulary, text, path);
        ParsedAction parsed = toolbox.parser().parse(vocabulary.decode(tokens));
        if (parsed instanceof ParsedAction.Unparseable unparseable) {
            throw checks.refuse(path, "holds no tool call: " + unparseable.reason());
        }
        String tool = ((ParsedAction.ToolCall) parsed).tool();
        if (toolbox.find(tool).isEmpty()) {
            throw checks.refuse(path, "calls '" + tool + "', which is not one of the scenario's tools ("
                    + String.join(", ", toolbox.tools().stream().map(Tool::name).toList()) + ")");
        }
        return tokens;
    }

    private List<Task> tasks(List<ScenarioFile.TaskSpec> specs) throws ScenarioException {
        checks.required(specs, "tasks");
        if (specs.isEmpty()) {
            throw checks.refuse("tasks", "needs at least one task");
        }
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            String path = "tasks[" + i + "]";
            ScenarioFile.TaskSpec spec = checks.required(specs.get(i), path);
            String prompt = checks.requiredText(spec.prompt(), path + ".prompt");
            if (spec.answer() == null || spec.answer().isBlank()) {
                throw checks.refuse(path + ".answer", "the task has no answer to check the agent's against");
            }
            tasks.add(new Task(prompt, spec.answer()));
        }
        return tasks;
    }

    private List<Demonstration> demonstrations(List<ScenarioFile.DemonstrationSpec> specs, Vocabulary vocabulary,
                                               ModelValidator.Model model, Toolbox toolbox) throws ScenarioException {
        List<Demonstration> demonstrations = new ArrayList<>();
        if (specs == null) {
            return demonstrations;
        }
        for (int i = 0; i < specs.size(); i++) {
            String path = "demonstrations[" + i + "]";
            ScenarioFile.DemonstrationSpec spec = checks.required(specs.get(i), path);
            List<String> history = spec.history() == null ? List.of() : spec.history();
            for (int h = 0; h < history.size(); h++) {
                historyItem(history.get(h), toolbox, path + ".history[" + h + "]");
            }
            int[] tokens = action(vocabulary, toolbox, spec.text(), path + ".text");
            if (tokens[0] == model.generator().startToken()) {
                tokens = Arrays.copyOfRange(tokens, 1, tokens.length);
            }
            if (tokens.length == 0) {
                throw checks.refuse(path + ".text", "holds nothing after the start token");
            }
            demonstrations.add(new Demonstration(String.join(",", history), tokens));
        }
        return demonstrations;
    }

    /** An item of an episode history: a known tool that answered (ok or error), an unknown tool, or malformed. */
    private void historyItem(String item, Toolbox toolbox, String path) throws ScenarioException {
        Matcher matcher = HISTORY_ITEM.matcher(item == null ? "" : item);
        if (!matcher.matches()) {
            throw checks.refuse(path, "must look like 'calculate:ok', 'tool:error', 'tool:unknown' or 'malformed'");
        }
        boolean answered = matcher.group(1) != null && !matcher.group(2).equals("unknown");
        if (answered && toolbox.find(matcher.group(1)).isEmpty()) {
            throw checks.refuse(path, "'" + matcher.group(1) + "' is not one of the scenario's tools");
        }
    }

    private Contrast contrast(ScenarioFile.ContrastSpec spec, Vocabulary vocabulary, ModelValidator.Model model,
                              OutcomeReward outcome) throws ScenarioException {
        if (spec == null) {
            return null;
        }
        String title = checks.requiredText(spec.title(), "contrast.title");
        int[] response = checks.text(vocabulary, spec.response(), "contrast.response");
        return new Contrast(title, spec.description() == null ? "" : spec.description(),
                new SingleTurnAgent(vocabulary, model.generator(), outcome), response, model.maxTokens());
    }
}

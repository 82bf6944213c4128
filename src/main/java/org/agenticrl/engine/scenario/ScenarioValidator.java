package org.agenticrl.engine.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.agenticrl.engine.episode.Capability;
import org.agenticrl.engine.episode.CapabilityTagger;
import org.agenticrl.engine.episode.Environment;
import org.agenticrl.engine.episode.EpisodeRunner;
import org.agenticrl.engine.episode.Task;
import org.agenticrl.engine.environment.tools.CalculatorTool;
import org.agenticrl.engine.environment.tools.FinishTool;
import org.agenticrl.engine.environment.tools.LookupTool;
import org.agenticrl.engine.environment.tools.MemoryTool;
import org.agenticrl.engine.environment.tools.Tool;
import org.agenticrl.engine.environment.tools.Toolbox;
import org.agenticrl.engine.generation.Generator;
import org.agenticrl.engine.loss.Demonstration;
import org.agenticrl.engine.loss.LossCalculator;
import org.agenticrl.engine.policy.PretrainedTable;
import org.agenticrl.engine.reward.OutcomeReward;
import org.agenticrl.engine.reward.ProcessRewardModel;
import org.agenticrl.engine.reward.RewardCondition;
import org.agenticrl.engine.reward.RewardRule;
import org.agenticrl.engine.reward.StepStatus;
import org.agenticrl.engine.text.Vocabulary;

/**
 * Checks a {@link ScenarioFile} field by field and builds the {@link Scenario}; the first problem found is reported
 * with its field path. Limits keep every scenario small enough to show and fast to train.
 */
public final class ScenarioValidator {
    public static final int MAX_VOCABULARY = 256;
    public static final int MAX_TOKENS = 64;
    public static final int MAX_STEPS = 20;
    public static final double MAX_ABS_REWARD = 100.0;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,31}");
    private static final Pattern HISTORY_ITEM = Pattern.compile("malformed|[A-Za-z0-9_]+:(ok|error|unknown)");

    private final String source;

    private ScenarioValidator(String source) {
        this.source = source;
    }

    /**
     * @param source the file path or built-in id, for messages
     * @throws ScenarioException naming the source, the field path and the reason of the first problem
     */
    public static Scenario validate(ScenarioFile file, String source) throws ScenarioException {
        return new ScenarioValidator(source).build(file);
    }

    private ScenarioException problem(String path, String reason) {
        return new ScenarioException(source, path, reason);
    }

    private <T> T required(T value, String path) throws ScenarioException {
        if (value == null) {
            throw problem(path, "is missing");
        }
        return value;
    }

    private String requiredText(String value, String path) throws ScenarioException {
        if (required(value, path).isBlank()) {
            throw problem(path, "is empty");
        }
        return value;
    }

    private Scenario build(ScenarioFile file) throws ScenarioException {
        if (file == null) {
            throw problem("", "the file holds no JSON object");
        }
        int version = required(file.schemaVersion(), "schemaVersion");
        if (version != ScenarioFile.SCHEMA_VERSION) {
            throw problem("schemaVersion", "is " + version + "; this version of the program reads schema version "
                    + ScenarioFile.SCHEMA_VERSION);
        }
        if (!ID.matcher(requiredText(file.id(), "id")).matches()) {
            throw problem("id", "'" + file.id() + "' must be lower-case letters, digits and dashes");
        }
        requiredText(file.title(), "title");
        Vocabulary vocabulary = vocabulary(file.vocabulary());
        ScenarioFile.Model model = required(file.model(), "model");
        PretrainedTable table = table(model, vocabulary);
        int start = token(vocabulary, model.startToken(), "model.startToken");
        int[] stops = tokens(vocabulary, required(model.stopTokens(), "model.stopTokens"), "model.stopTokens");
        if (stops.length == 0) {
            throw problem("model.stopTokens", "needs at least one token");
        }
        int maxTokens = bounded(model.maxTokens(), 12, 1, MAX_TOKENS, "model.maxTokens");
        Generator generator = new Generator(start, stops, vocabulary.size());
        Map<String, List<Capability>> capabilities = new HashMap<>();
        Toolbox toolbox = toolbox(file.tools(), capabilities);
        List<Task> tasks = tasks(file.tasks());
        int maxSteps = bounded(file.maxSteps(), 3, 1, MAX_STEPS, "maxSteps");
        ProcessRewardModel rewards = new ProcessRewardModel(rules(file.processRewards(), toolbox));
        OutcomeReward outcome = outcome(file.outcomeReward());
        List<Demonstration> demonstrations = demonstrations(file.demonstrations(), vocabulary, start);
        List<ScenarioFile.ScriptStep> scriptSteps = required(file.script(), "script");
        if (scriptSteps.isEmpty()) {
            throw problem("script", "needs at least one step");
        }
        int[][] script = new int[scriptSteps.size()][];
        Map<Integer, List<Capability>> scriptTags = new HashMap<>();
        for (int i = 0; i < script.length; i++) {
            String path = "script[" + i + "]";
            ScenarioFile.ScriptStep step = required(scriptSteps.get(i), path);
            script[i] = text(vocabulary, step.text(), path + ".text");
            if (step.capabilities() != null) {
                scriptTags.put(i, capabilities(step.capabilities(), path + ".capabilities"));
            }
        }
        Environment environment = new Environment(toolbox, rewards, outcome);
        EpisodeRunner runner = new EpisodeRunner(vocabulary, environment, generator,
                new CapabilityTagger(capabilities, scriptTags, script.length));
        return new Scenario(file, vocabulary, table, runner, tasks, maxSteps, maxTokens, script,
                new LossCalculator(generator, demonstrations));
    }

    private Vocabulary vocabulary(List<String> tokens) throws ScenarioException {
        required(tokens, "vocabulary");
        if (tokens.isEmpty() || tokens.size() > MAX_VOCABULARY) {
            throw problem("vocabulary", "must hold 1 to " + MAX_VOCABULARY + " tokens, has " + tokens.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String path = "vocabulary[" + i + "]";
            if (token == null || token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
                throw problem(path, "a token must be non-empty and contain no white space");
            }
            if (!seen.add(token)) {
                throw problem(path, "'" + token + "' appears twice");
            }
        }
        return Vocabulary.of(tokens);
    }

    private PretrainedTable table(ScenarioFile.Model model, Vocabulary vocabulary) throws ScenarioException {
        double base = positive(model.baseProbability(), 0.01, "model.baseProbability");
        double boost = positive(model.boostMass(), 0.8, "model.boostMass");
        String fallbackToken = null;
        double fallbackProbability = 0;
        if (model.fallback() != null) {
            token(vocabulary, model.fallback().token(), "model.fallback.token");
            fallbackToken = model.fallback().token();
            fallbackProbability = positive(required(model.fallback().probability(), "model.fallback.probability"),
                    0, "model.fallback.probability");
        }
        Map<String, List<String>> transitions = required(model.transitions(), "model.transitions");
        for (Map.Entry<String, List<String>> entry : transitions.entrySet()) {
            String path = "model.transitions." + entry.getKey();
            if (!vocabulary.contains(entry.getKey())) {
                throw problem(path, "'" + entry.getKey() + "' is not in the vocabulary");
            }
            List<String> next = required(entry.getValue(), path);
            if (next.isEmpty()) {
                throw problem(path, "lists no token");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < next.size(); i++) {
                token(vocabulary, next.get(i), path + "[" + i + "]");
                if (!seen.add(next.get(i))) {
                    throw problem(path + "[" + i + "]", "'" + next.get(i) + "' is listed twice");
                }
            }
        }
        PretrainedTable table = new PretrainedTable(vocabulary, transitions, base, boost, fallbackToken,
                fallbackProbability);
        for (int previous = 0; previous < vocabulary.size(); previous++) {
            for (double p : table.probabilities(previous)) {
                if (!(p > 0) || !Double.isFinite(p)) {
                    throw problem("model", "the probabilities after '" + vocabulary.token(previous)
                            + "' cannot be normalised (their sum is not a positive finite number)");
                }
            }
        }
        return table;
    }

    private double positive(Double value, double fallback, String path) throws ScenarioException {
        double number = value == null ? fallback : value;
        if (!(number > 0) || !Double.isFinite(number)) {
            throw problem(path, "must be a positive finite number, is " + number);
        }
        return number;
    }

    private int bounded(Integer value, int fallback, int min, int max, String path) throws ScenarioException {
        int number = value == null ? fallback : value;
        if (number < min || number > max) {
            throw problem(path, "must be between " + min + " and " + max + ", is " + number);
        }
        return number;
    }

    private int token(Vocabulary vocabulary, String token, String path) throws ScenarioException {
        int id = vocabulary.idOf(required(token, path));
        if (id < 0) {
            throw problem(path, "'" + token + "' is not in the vocabulary");
        }
        return id;
    }

    private int[] tokens(Vocabulary vocabulary, List<String> tokens, String path) throws ScenarioException {
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = token(vocabulary, tokens.get(i), path + "[" + i + "]");
        }
        return ids;
    }

    private int[] text(Vocabulary vocabulary, String text, String path) throws ScenarioException {
        String[] pieces = requiredText(text, path).strip().split("\\s+");
        int[] ids = new int[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            ids[i] = vocabulary.idOf(pieces[i]);
            if (ids[i] < 0) {
                throw problem(path, "word " + (i + 1) + ", '" + pieces[i] + "', is not in the vocabulary");
            }
        }
        return ids;
    }

    private Toolbox toolbox(List<ScenarioFile.ToolSpec> specs, Map<String, List<Capability>> capabilities)
            throws ScenarioException {
        required(specs, "tools");
        List<Tool> tools = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean finish = false;
        for (int i = 0; i < specs.size(); i++) {
            String path = "tools[" + i + "]";
            ScenarioFile.ToolSpec spec = required(specs.get(i), path);
            String name = requiredText(spec.name(), path + ".name");
            if (!TOOL_NAME.matcher(name).matches()) {
                throw problem(path + ".name", "'" + name + "' must be a word of letters, digits and '_'");
            }
            if (!names.add(name)) {
                throw problem(path + ".name", "another tool is already named '" + name + "'");
            }
            String signature = spec.signature() == null ? name + "(input)" : requiredText(spec.signature(), path + ".signature");
            String kind = requiredText(spec.kind(), path + ".kind");
            Tool tool = switch (kind) {
                case "calculator" -> new CalculatorTool(name, signature);
                case "finish" -> new FinishTool(name, signature);
                case "lookup" -> lookup(spec, name, signature, path);
                case "memory" -> memory(spec, name, signature, path);
                default -> throw problem(path + ".kind", "'" + kind + "' is not a tool kind; use calculator, lookup, "
                        + "memory or finish");
            };
            finish |= tool.isFinish();
            tools.add(tool);
            capabilities.put(name, spec.capabilities() == null
                    ? (tool.isFinish() ? List.of() : List.of(Capability.TOOL_USE))
                    : capabilities(spec.capabilities(), path + ".capabilities"));
        }
        if (!finish) {
            throw problem("tools", "no tool of kind 'finish': the agent could never give an answer");
        }
        return new Toolbox(tools);
    }

    private Tool lookup(ScenarioFile.ToolSpec spec, String name, String signature, String path) throws ScenarioException {
        Map<String, String> entries = required(spec.entries(), path + ".entries");
        if (entries.isEmpty()) {
            throw problem(path + ".entries", "a lookup tool needs at least one entry");
        }
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            requiredText(entry.getValue(), path + ".entries." + entry.getKey());
        }
        String template = spec.template() == null ? "Found: {value}" : spec.template();
        if (!template.contains("{value}")) {
            throw problem(path + ".template", "must contain {value}");
        }
        return new LookupTool(name, signature, entries, template, spec.missing() == null ? "No info" : spec.missing());
    }

    private Tool memory(ScenarioFile.ToolSpec spec, String name, String signature, String path) throws ScenarioException {
        List<ScenarioFile.MemorySpec> memory = required(spec.memory(), path + ".memory");
        if (memory.isEmpty()) {
            throw problem(path + ".memory", "a memory tool needs at least one entry");
        }
        List<MemoryTool.Entry> entries = new ArrayList<>();
        for (int i = 0; i < memory.size(); i++) {
            String entryPath = path + ".memory[" + i + "]";
            ScenarioFile.MemorySpec entry = required(memory.get(i), entryPath);
            List<String> keywords = required(entry.keywords(), entryPath + ".keywords");
            if (keywords.isEmpty()) {
                throw problem(entryPath + ".keywords", "needs at least one keyword");
            }
            for (int k = 0; k < keywords.size(); k++) {
                requiredText(keywords.get(k), entryPath + ".keywords[" + k + "]");
            }
            entries.add(new MemoryTool.Entry(keywords, requiredText(entry.text(), entryPath + ".text")));
        }
        return new MemoryTool(name, signature, entries);
    }

    private List<Capability> capabilities(List<String> ids, String path) throws ScenarioException {
        List<Capability> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            try {
                result.add(Capability.fromId(ids.get(i)));
            } catch (IllegalArgumentException e) {
                throw problem(path + "[" + i + "]", e.getMessage());
            }
        }
        return result;
    }

    private List<Task> tasks(List<ScenarioFile.TaskSpec> specs) throws ScenarioException {
        required(specs, "tasks");
        if (specs.isEmpty()) {
            throw problem("tasks", "needs at least one task");
        }
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            String path = "tasks[" + i + "]";
            ScenarioFile.TaskSpec spec = required(specs.get(i), path);
            String prompt = requiredText(spec.prompt(), path + ".prompt");
            if (spec.answer() == null || spec.answer().isBlank()) {
                throw problem(path + ".answer", "the task has no answer to check the agent's against");
            }
            tasks.add(new Task(prompt, spec.answer()));
        }
        return tasks;
    }

    private List<RewardRule> rules(List<ScenarioFile.RuleSpec> specs, Toolbox toolbox) throws ScenarioException {
        List<RewardRule> rules = new ArrayList<>();
        if (specs == null) {
            return rules;
        }
        for (int i = 0; i < specs.size(); i++) {
            String path = "processRewards[" + i + "]";
            ScenarioFile.RuleSpec spec = required(specs.get(i), path);
            double reward = required(spec.reward(), path + ".reward");
            if (!(Math.abs(reward) <= MAX_ABS_REWARD)) {
                throw problem(path + ".reward", "must be between -" + MAX_ABS_REWARD + " and " + MAX_ABS_REWARD);
            }
            String reason = requiredText(spec.reason(), path + ".reason");
            ScenarioFile.ConditionSpec when = required(spec.when(), path + ".when");
            if (when.tool() != null && toolbox.find(when.tool()).isEmpty()) {
                throw problem(path + ".when.tool", "'" + when.tool() + "' is not one of the scenario's tools");
            }
            Set<StepStatus> status = EnumSet.noneOf(StepStatus.class);
            if (when.status() != null) {
                for (int s = 0; s < when.status().size(); s++) {
                    status.add(status(when.status().get(s), path + ".when.status[" + s + "]"));
                }
            }
            if (when.tool() == null && when.textContains() == null && when.outputContains() == null && status.isEmpty()) {
                throw problem(path + ".when", "states no condition; give tool, textContains, outputContains or status");
            }
            rules.add(new RewardRule(reward, reason,
                    new RewardCondition(when.tool(), when.textContains(), when.outputContains(), status)));
        }
        return rules;
    }

    private StepStatus status(String id, String path) throws ScenarioException {
        Map<String, StepStatus> known = new LinkedHashMap<>();
        for (StepStatus status : StepStatus.values()) {
            known.put(status.name().toLowerCase(Locale.ROOT), status);
        }
        StepStatus status = known.get(required(id, path));
        if (status == null) {
            throw problem(path, "'" + id + "' is not a step status; use " + String.join(", ", known.keySet()));
        }
        return status;
    }

    private OutcomeReward outcome(ScenarioFile.OutcomeSpec spec) throws ScenarioException {
        if (spec == null) {
            return OutcomeReward.SEED;
        }
        double correct = required(spec.correct(), "outcomeReward.correct");
        double wrong = required(spec.wrong(), "outcomeReward.wrong");
        if (!(Math.abs(correct) <= MAX_ABS_REWARD) || !(Math.abs(wrong) <= MAX_ABS_REWARD)) {
            throw problem("outcomeReward", "rewards must be between -" + MAX_ABS_REWARD + " and " + MAX_ABS_REWARD);
        }
        return new OutcomeReward(correct, wrong);
    }

    private List<Demonstration> demonstrations(List<ScenarioFile.DemonstrationSpec> specs, Vocabulary vocabulary,
                                               int start) throws ScenarioException {
        List<Demonstration> demonstrations = new ArrayList<>();
        if (specs == null) {
            return demonstrations;
        }
        for (int i = 0; i < specs.size(); i++) {
            String path = "demonstrations[" + i + "]";
            ScenarioFile.DemonstrationSpec spec = required(specs.get(i), path);
            List<String> history = spec.history() == null ? List.of() : spec.history();
            for (int h = 0; h < history.size(); h++) {
                if (history.get(h) == null || !HISTORY_ITEM.matcher(history.get(h)).matches()) {
                    throw problem(path + ".history[" + h + "]", "must look like 'calculate:ok', 'tool:error', "
                            + "'tool:unknown' or 'malformed'");
                }
            }
            int[] tokens = text(vocabulary, spec.text(), path + ".text");
            if (tokens[0] == start) {
                tokens = java.util.Arrays.copyOfRange(tokens, 1, tokens.length);
            }
            if (tokens.length == 0) {
                throw problem(path + ".text", "holds nothing after the start token");
            }
            demonstrations.add(new Demonstration(String.join(",", history), tokens));
        }
        return demonstrations;
    }
}

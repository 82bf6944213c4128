package org.agenticrl.engine.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.agenticrl.engine.episode.Capability;
import org.agenticrl.engine.reward.StepStatus;

/**
 * Small random scenario files that are valid by construction: every field, optional or not, every tool kind and
 * every kind of text (quotes, back-slashes, control characters, accents, emoji), within the validator's limits.
 * Built from one {@link Random}, so a jqwik seed replays a file exactly.
 */
final class RandomScenarioFiles {
    private static final String[] KINDS = {"calculator", "lookup", "memory", "note"};
    private static final String TEXT_CHARS = "abcXYZ 019 _-+*/.,;:!?'\"\\{}[]<>|°éßπ€\u00a0\u2028\t\n\u0000\u001f";

    private final Random random;

    private RandomScenarioFiles(Random random) {
        this.random = random;
    }

    static ScenarioFile valid(Random random) {
        return new RandomScenarioFiles(random).file();
    }

    private ScenarioFile file() {
        List<ScenarioFile.ToolSpec> tools = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String name = "t" + i + (random.nextBoolean() ? "_" + random.nextInt(100) : "");
            names.add(name);
            tools.add(tool(name, KINDS[random.nextInt(KINDS.length)]));
        }
        names.add("finish");
        tools.add(random.nextInt(tools.size() + 1), new ScenarioFile.ToolSpec("finish", "finish", maybe(() -> "finish(answer)"),
                maybe(this::capabilities), null, null, null, null));
        List<String> words = words();
        List<String> vocabulary = new ArrayList<>(words);
        vocabulary.add("Action:");
        vocabulary.add(")");
        names.forEach(name -> vocabulary.add(name + "("));
        Collections.shuffle(vocabulary, random);
        List<String> toolNames = List.copyOf(names);
        return new ScenarioFile(ScenarioFile.SCHEMA_VERSION, id(), text(), maybe(this::text), vocabulary,
                model(vocabulary), tools, tasks(), maybe(() -> 1 + random.nextInt(ScenarioValidator.MAX_STEPS)),
                maybe(() -> rules(toolNames)), maybe(() -> new ScenarioFile.OutcomeSpec(reward(), reward())),
                maybe(() -> demonstrations(toolNames, words)), script(toolNames, words),
                maybe(() -> new ScenarioFile.ContrastSpec(text(), maybe(this::text), sentence(words))));
    }

    private <T> T maybe(Supplier<T> value) {
        return random.nextBoolean() ? value.get() : null;
    }

    private <T> List<T> list(int min, int max, Supplier<T> element) {
        List<T> list = new ArrayList<>();
        int size = min + random.nextInt(max - min + 1);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    /** Non-blank text of any kind of character. */
    private String text() {
        StringBuilder text = new StringBuilder("x");
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.insert(random.nextInt(text.length() + 1), random.nextInt(20) == 0 ? "\ud83d\ude00"
                    : String.valueOf(TEXT_CHARS.charAt(random.nextInt(TEXT_CHARS.length()))));
        }
        return text.toString();
    }

    /** Distinct tokens without white space or parentheses, none of them "Action:" or ")". */
    private List<String> words() {
        Set<String> words = new LinkedHashSet<>();
        int size = 1 + random.nextInt(8);
        while (words.size() < size) {
            String word = text().codePoints().filter(c -> !Character.isWhitespace(c) && c != '(' && c != ')')
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (!word.isEmpty() && !word.contains("Action:")) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    private String id() {
        return "s" + Integer.toString(random.nextInt(1_000_000), 36) + (random.nextBoolean() ? "-x" : "");
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private ScenarioFile.Model model(List<String> vocabulary) {
        Map<String, List<String>> transitions = new LinkedHashMap<>();
        for (String token : vocabulary) {
            if (random.nextInt(3) == 0) {
                transitions.put(token, List.copyOf(new LinkedHashSet<>(list(1, 3, () -> pick(vocabulary)))));
            }
        }
        return new ScenarioFile.Model(pick(vocabulary), List.copyOf(new LinkedHashSet<>(list(1, 2, () -> pick(vocabulary)))),
                maybe(() -> 1 + random.nextInt(ScenarioValidator.MAX_TOKENS)),
                maybe(() -> 1e-6 + random.nextDouble()), maybe(() -> 1e-3 + 10 * random.nextDouble()),
                maybe(() -> new ScenarioFile.Fallback(pick(vocabulary), 1e-3 + random.nextDouble())), transitions);
    }

    private List<String> capabilities() {
        return list(0, 3, () -> Capability.values()[random.nextInt(Capability.values().length)].id());
    }

    private ScenarioFile.ToolSpec tool(String name, String kind) {
        String signature = maybe(() -> name + "(" + text() + ")");
        List<String> capabilities = maybe(this::capabilities);
        return switch (kind) {
            case "lookup" -> new ScenarioFile.ToolSpec(name, kind, signature, capabilities,
                    maybe(() -> text() + "{value}" + (random.nextBoolean() ? "{input}" : "")), maybe(this::text),
                    entries(), null);
            case "memory" -> new ScenarioFile.ToolSpec(name, kind, signature, capabilities, null, null, null,
                    list(1, 3, () -> new ScenarioFile.MemorySpec(list(1, 2, this::text), text())));
            case "note" -> new ScenarioFile.ToolSpec(name, kind, signature, capabilities,
                    maybe(() -> text() + "{input}"), null, null, null);
            default -> new ScenarioFile.ToolSpec(name, kind, signature, capabilities, null, null, null, null);
        };
    }

    private Map<String, String> entries() {
        Map<String, String> entries = new LinkedHashMap<>();
        int size = 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            entries.put(random.nextBoolean() ? text() : "", text());
        }
        return entries;
    }

    private List<ScenarioFile.TaskSpec> tasks() {
        return list(1, 3, () -> new ScenarioFile.TaskSpec(text(), text()));
    }

    private double reward() {
        return random.nextInt(10) == 0 ? -0.0 : (random.nextDouble() * 2 - 1) * ScenarioValidator.MAX_ABS_REWARD;
    }

    private List<ScenarioFile.RuleSpec> rules(List<String> tools) {
        return list(0, 4, () -> {
            List<String> status = maybe(() -> list(1, 2, () ->
                    StepStatus.values()[random.nextInt(StepStatus.values().length)].name().toLowerCase(Locale.ROOT)));
            String tool = status == null || random.nextBoolean() ? pick(tools) : null;
            return new ScenarioFile.RuleSpec(reward(), text(),
                    new ScenarioFile.ConditionSpec(tool, maybe(this::text), maybe(this::text), status),
                    maybe(random::nextBoolean));
        });
    }

    /** "Action: tool( word ... )", a call of one of the tools. */
    private String action(List<String> tools, List<String> words) {
        String reasoning = random.nextBoolean() ? pick(words) + " " : "";
        return reasoning + "Action: " + pick(tools) + "( " + sentence(words) + " )";
    }

    private String sentence(List<String> words) {
        return String.join(" ", list(1, 3, () -> pick(words)));
    }

    private List<ScenarioFile.DemonstrationSpec> demonstrations(List<String> tools, List<String> words) {
        return list(0, 3, () -> new ScenarioFile.DemonstrationSpec(maybe(() -> list(0, 3, () -> switch (random.nextInt(3)) {
            case 0 -> pick(tools) + (random.nextBoolean() ? ":ok" : ":error");
            case 1 -> "elsewhere:unknown";
            default -> "malformed";
        })), action(tools, words)));
    }

    private List<ScenarioFile.ScriptStep> script(List<String> tools, List<String> words) {
        return list(1, 4, () -> new ScenarioFile.ScriptStep(action(tools, words), maybe(this::capabilities),
                maybe(this::text)));
    }
}

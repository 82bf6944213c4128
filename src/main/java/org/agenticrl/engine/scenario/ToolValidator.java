package org.agenticrl.engine.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.agenticrl.engine.Identified;
import org.agenticrl.engine.episode.Capability;
import org.agenticrl.engine.environment.tools.CalculatorTool;
import org.agenticrl.engine.environment.tools.FinishTool;
import org.agenticrl.engine.environment.tools.LookupTool;
import org.agenticrl.engine.environment.tools.MemoryTool;
import org.agenticrl.engine.environment.tools.NoteTool;
import org.agenticrl.engine.environment.tools.Tool;
import org.agenticrl.engine.environment.tools.ToolTemplate;
import org.agenticrl.engine.environment.tools.Toolbox;

/** Checks a scenario file's {@code tools} and builds them; see src/site/markdown/scenarios.md. */
final class ToolValidator {
    private static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,31}");

    /**
     * The checked tools.
     *
     * @param capabilities what a call of each tool (by name) exercises
     */
    record Tools(Toolbox toolbox, Map<String, List<Capability>> capabilities) {
    }

    private final FieldChecks checks;

    ToolValidator(FieldChecks checks) {
        this.checks = checks;
    }

    /** @throws ScenarioException for the first bad field, or when no tool can finish the episode */
    Tools build(List<ScenarioFile.ToolSpec> specs) throws ScenarioException {
        checks.required(specs, "tools");
        List<Tool> tools = new ArrayList<>();
        Map<String, List<Capability>> capabilities = new HashMap<>();
        Set<String> names = new HashSet<>();
        boolean finish = false;
        for (int i = 0; i < specs.size(); i++) {
            String path = "tools[" + i + "]";
            ScenarioFile.ToolSpec spec = checks.required(specs.get(i), path);
            String name = checks.requiredText(spec.name(), path + ".name");
            if (!TOOL_NAME.matcher(name).matches()) {
                throw checks.problem(path + ".name", "'" + name + "' must be a word of letters, digits and '_'");
            }
            if (!names.add(name)) {
                throw checks.problem(path + ".name", "another tool is already named '" + name + "'");
            }
            ToolKind kind = kind(spec.kind(), path + ".kind");
            refuseUnusedFields(kind, spec, path);
            Tool tool = tool(kind, spec, name, path);
            finish |= tool.isFinish();
            tools.add(tool);
            capabilities.put(name, spec.capabilities() == null ? kind.defaultCapabilities()
                    : checks.capabilities(spec.capabilities(), path + ".capabilities"));
        }
        if (!finish) {
            throw checks.problem("tools", "no tool of kind 'finish': the agent could never give an answer");
        }
        return new Tools(new Toolbox(tools), capabilities);
    }

    private ToolKind kind(String id, String path) throws ScenarioException {
        checks.requiredText(id, path);
        try {
            return Identified.fromId(ToolKind.class, id, "tool kind");
        } catch (IllegalArgumentException e) {
            throw checks.problem(path, e.getMessage());
        }
    }

    private void refuseUnusedFields(ToolKind kind, ScenarioFile.ToolSpec spec, String path) throws ScenarioException {
        Map<String, Object> optional = new LinkedHashMap<>();
        optional.put("template", spec.template());
        optional.put("missing", spec.missing());
        optional.put("entries", spec.entries());
        optional.put("memory", spec.memory());
        for (Map.Entry<String, Object> field : optional.entrySet()) {
            if (field.getValue() != null && !kind.fields().contains(field.getKey())) {
                throw checks.problem(path + "." + field.getKey(), "a " + kind.id() + " tool has no " + field.getKey()
                        + (kind.fields().isEmpty() ? "" : "; it reads " + String.join(", ", kind.fields())));
            }
        }
    }

    private Tool tool(ToolKind kind, ScenarioFile.ToolSpec spec, String name, String path) throws ScenarioException {
        String signature = spec.signature() == null ? name + "(input)"
                : checks.requiredText(spec.signature(), path + ".signature");
        return switch (kind) {
            case CALCULATOR -> new CalculatorTool(name, signature);
            case FINISH -> new FinishTool(name, signature);
            case LOOKUP -> lookup(spec, name, signature, path);
            case MEMORY -> memory(spec, name, signature, path);
            case NOTE -> new NoteTool(name, signature, template(spec.template(), "Noted: {input}", ToolTemplate.INPUT,
                    path + ".template"));
        };
    }

    private ToolTemplate template(String text, String fallback, String placeholder, String path) throws ScenarioException {
        ToolTemplate template = new ToolTemplate(text == null ? fallback : text);
        if (!template.mentions(placeholder)) {
            throw checks.problem(path, "must contain " + placeholder);
        }
        return template;
    }

    private Tool lookup(ScenarioFile.ToolSpec spec, String name, String signature, String path) throws ScenarioException {
        Map<String, String> entries = checks.required(spec.entries(), path + ".entries");
        if (entries.isEmpty()) {
            throw checks.problem(path + ".entries", "a lookup tool needs at least one entry");
        }
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            checks.requiredText(entry.getValue(), path + ".entries." + entry.getKey());
        }
        ToolTemplate template = template(spec.template(), "Found: {value}", ToolTemplate.VALUE, path + ".template");
        return new LookupTool(name, signature, entries, template, spec.missing() == null ? "No info" : spec.missing());
    }

    private Tool memory(ScenarioFile.ToolSpec spec, String name, String signature, String path) throws ScenarioException {
        List<ScenarioFile.MemorySpec> memory = checks.required(spec.memory(), path + ".memory");
        if (memory.isEmpty()) {
            throw checks.problem(path + ".memory", "a memory tool needs at least one entry");
        }
        List<MemoryTool.Entry> entries = new ArrayList<>();
        for (int i = 0; i < memory.size(); i++) {
            String entryPath = path + ".memory[" + i + "]";
            ScenarioFile.MemorySpec entry = checks.required(memory.get(i), entryPath);
            List<String> keywords = checks.required(entry.keywords(), entryPath + ".keywords");
            if (keywords.isEmpty()) {
                throw checks.problem(entryPath + ".keywords", "needs at least one keyword");
            }
            for (int k = 0; k < keywords.size(); k++) {
                checks.requiredText(keywords.get(k), entryPath + ".keywords[" + k + "]");
            }
            entries.add(new MemoryTool.Entry(keywords, checks.requiredText(entry.text(), entryPath + ".text")));
        }
        return new MemoryTool(name, signature, entries);
    }
}

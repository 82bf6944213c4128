package org.agenticrl.engine.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.agenticrl.engine.environment.tools.LookupTool;
import org.agenticrl.engine.environment.tools.MemoryTool;
import org.agenticrl.engine.environment.tools.NoteTool;
import org.agenticrl.engine.environment.tools.ToolResult;
import org.agenticrl.engine.environment.tools.ToolTemplate;
import org.junit.jupiter.api.Test;

class TemplatedToolsTest {
    private final LookupTool weather = new LookupTool("weather_api", "weather_api(location)",
            Map.of("San  Francisco", "72°F, sunny"), new ToolTemplate("Current weather in {input}: {value}"), "no data");

    @Test
    void aLookupPrintsTheInputAndTheEntryItFound() {
        assertEquals("Current weather in San Francisco: 72°F, sunny", weather.run("San Francisco").output());
        assertEquals("Current weather in san francisco: 72°F, sunny", weather.run("san francisco").output());
        assertEquals("Current weather in Paris: no data", weather.run("Paris").output());
    }

    @Test
    void theTemplateIsFilledInOnePassSoAnInputCannotInjectAPlaceholder() {
        ToolTemplate template = new ToolTemplate("{input} -> {value} ({input})");
        assertEquals("{value} -> $1 \\ ({value})", template.fill("{value}", "$1 \\"));
        assertEquals("Found: Paris", new ToolTemplate("Found: {value}").fill("capital of france", "Paris"));
    }

    @Test
    void aNoteEchoesItsTextAndRefusesAnEmptyOne() {
        NoteTool plan = new NoteTool("plan", "plan(steps)", new ToolTemplate("Plan: {input}"));
        ToolResult noted = plan.run("price earnings P/E analyze");
        assertEquals("Plan: price earnings P/E analyze", noted.output());
        assertTrue(noted.ok());
        assertTrue(noted.recalled().isEmpty());
        ToolResult empty = plan.run("");
        assertEquals("Error: empty note", empty.output());
        assertFalse(empty.ok());
    }

    @Test
    void memoryReportsWhatItRecalled() {
        MemoryTool memory = new MemoryTool("recall", "recall(query)",
                List.of(new MemoryTool.Entry(List.of("p/e"), "Historical tech P/E averages 20-30")));
        ToolResult found = memory.run("tech P/E");
        assertEquals("Recalled: Historical tech P/E averages 20-30", found.output());
        assertEquals(List.of("Historical tech P/E averages 20-30"), found.recalled());
        assertEquals(List.of(), memory.run("growth").recalled());
    }
}

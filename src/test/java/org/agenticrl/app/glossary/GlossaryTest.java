package org.agenticrl.app.glossary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.agenticrl.app.controls.Typeset;
import org.agenticrl.engine.episode.Capability;
import org.junit.jupiter.api.Test;

/** The app's glossary: every term the course names, every formula typesets, links resolve; bad files are refused. */
class GlossaryTest {
    private final Glossary glossary = Glossary.builtIn();

    @Test
    void holdsEveryTermTheCourseNames() {
        List<String> wanted = List.of("policy", "log-pi", "temperature", "observation", "action", "tool-call",
                "process-reward", "outcome-reward", "return", "baseline", "advantage", "l-rl", "l-sft", "l-kl", "kl",
                "kl-estimators", "lambda1", "lambda2", "gamma", "group-estimators", "pbrft-vs-pomdp", "training-objective");
        for (String id : wanted) {
            assertTrue(glossary.entry(id).isPresent(), id);
        }
        for (Capability capability : Capability.values()) {
            String id = "capability-" + capability.id().replace('_', '-');
            assertTrue(glossary.entry(id).map(entry -> entry.term().startsWith(capability.label())).orElse(false), id);
        }
        assertEquals(wanted.size() + Capability.values().length, glossary.entries().size());
    }

    @Test
    void everyFormulaTypesets() {
        for (GlossaryEntry entry : glossary.entries()) {
            entry.formulaTex().ifPresent(tex -> assertDoesNotThrow(() -> Typeset.icon(tex, 18), entry.id()));
        }
        assertTrue(glossary.entry("kl-estimators").orElseThrow().formula().contains("e^{\\,r - l} - (r - l) - 1"),
                "k3 as the engine computes it: exp(r - l) - (r - l) - 1");
    }

    @Test
    void theNotebooksProxiesAreDescribedAsTheAppComputesThem() {
        assertTrue(glossary.entry("l-kl").orElseThrow().text().contains("always 0.5"));
        assertTrue(glossary.entry("l-sft").orElseThrow().text().contains("6.813"));
        assertTrue(glossary.entry("l-rl").orElseThrow().text().contains("0.326"));
    }

    @Test
    void searchFindsTermsByTheirNamesFirst() {
        GlossaryModel model = new GlossaryModel(glossary);
        model.searchProperty().set("lambda");
        List<GlossaryEntry> found = model.resultsProperty().get();
        assertEquals(List.of("lambda1", "lambda2"), found.stream().limit(2).map(GlossaryEntry::id).toList());
        model.searchProperty().set("GRPO");
        assertEquals("group-estimators", model.resultsProperty().get().get(0).id());
        model.searchProperty().set("no such words anywhere");
        assertTrue(model.resultsProperty().get().isEmpty());
    }

    @Test
    void openingAnEntryHiddenBySearchClearsTheSearch() {
        GlossaryModel model = new GlossaryModel(glossary);
        model.searchProperty().set("lambda");
        assertTrue(model.open("advantage"));
        assertEquals("", model.searchProperty().get());
        assertEquals("advantage", model.shownProperty().get().id());
        assertFalse(model.open("no-such-term"), "an unknown id changes nothing");
        assertEquals("advantage", model.shownProperty().get().id());
    }

    @Test
    void badGlossariesAreRefusedWithTheReason() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> read(
                "{\"entries\": [{\"id\": \"a\", \"term\": \"A\", \"text\": \"x\"}, {\"id\": \"a\", \"term\": \"B\", \"text\": \"y\"}]}"));
        assertEquals("entry 'a' is given twice", twice.getMessage());
        IllegalArgumentException dangling = assertThrows(IllegalArgumentException.class, () -> read(
                "{\"entries\": [{\"id\": \"a\", \"term\": \"A\", \"text\": \"x\", \"see\": [\"b\"]}]}"));
        assertEquals("entry 'a' refers to 'b', which is not an entry", dangling.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> read(
                "{\"entries\": [{\"id\": \"a\", \"term\": \"A\", \"text\": \" \"}]}"));
        assertEquals("entry 'a' has no text", empty.getMessage());
        assertThrows(IOException.class, () -> read("{\"entries\": [{\"id\": \"a\", \"term\": \"A\", \"text\": \"x\", \"txet\": 1}]}"));
    }

    private static Glossary read(String json) throws IOException {
        return Glossary.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}

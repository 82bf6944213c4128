package org.agenticrl.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    private static final String SEED_JSON = ScenarioLoader.toJson(ScenarioLoader.seed().source());

    private static ScenarioException refused(String json) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(json, "test.json"));
    }

    @Test
    void theSeedScenarioRoundTripsThroughItsJson() throws ScenarioException {
        Scenario again = ScenarioLoader.parse(SEED_JSON, "again");
        assertEquals(ScenarioLoader.seed().source(), again.source());
    }

    @Test
    void malformedJsonNamesTheFileAndTheLine() {
        ScenarioException e = refused("{ \"id\": ");
        assertEquals("test.json", e.source());
        assertTrue(e.getMessage().startsWith("test.json: malformed JSON at line 1"), e.getMessage());
    }

    @Test
    void anUnknownTokenInATransitionNamesItsPath() {
        ScenarioException e = refused(SEED_JSON.replace("\"need\" : [ \"to\" ]", "\"need\" : [ \"towards\" ]"));
        assertEquals("model.transitions.need[0]", e.path());
        assertEquals("'towards' is not in the vocabulary", e.reason());
    }

    @Test
    void aTaskWithoutAnAnswerIsRefused() {
        ScenarioException e = refused(SEED_JSON.replace("\"answer\" : \"8\"", "\"answer\" : \"\""));
        assertEquals("tasks[0].answer", e.path());
    }

    @Test
    void aRewardRuleForAToolThatDoesNotExistIsRefused() {
        ScenarioException e = refused(SEED_JSON.replace("\"tool\" : \"calculate\"", "\"tool\" : \"abacus\""));
        assertEquals("processRewards[0].when.tool", e.path());
    }

    @Test
    void probabilitiesThatCannotBeNormalisedAreRefused() {
        ScenarioException e = refused(SEED_JSON.replace("\"baseProbability\" : 0.01", "\"baseProbability\" : -1"));
        assertEquals("model.baseProbability", e.path());
    }

    @Test
    void aRowThatOverflowsOrUnderflowsSaysWhichItDid() {
        ScenarioException overflow = refused(SEED_JSON.replace("\"baseProbability\" : 0.01", "\"baseProbability\" : 1e308"));
        assertEquals("model", overflow.path());
        assertEquals("the probabilities after '<eos>' cannot be normalised: their sum overflows (it is larger than the "
                + "largest double, about 1.8e308); make baseProbability, boostMass and fallback.probability smaller",
                overflow.reason());
        ScenarioException underflow = refused(SEED_JSON.replace("\"baseProbability\" : 0.01", "\"baseProbability\" : 1e-320")
                .replace("\"boostMass\" : 0.8", "\"boostMass\" : 1e10"));
        assertEquals("the probabilities after 'I' cannot be normalised: the probability of '<eos>' underflows to 0 (it "
                + "is smaller than the smallest double, about 4.9e-324); bring baseProbability, boostMass and "
                + "fallback.probability closer together", underflow.reason());
    }

    @Test
    void anUnknownFieldIsNamed() {
        ScenarioException e = refused(SEED_JSON.replace("\"maxSteps\"", "\"maxStep\""));
        assertEquals("maxStep", e.reason().substring(15, 22));
    }

    @Test
    void aWrongTypeNamesItsPath() {
        ScenarioException e = refused(SEED_JSON.replace("\"maxSteps\" : 3", "\"maxSteps\" : \"three\""));
        assertEquals("maxSteps", e.path());
    }

    @Test
    void aHugeFileIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.json");
        Files.write(huge, new byte[(int) ScenarioLoader.MAX_BYTES + 1]);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(huge));
        assertTrue(e.reason().contains("at most"), e.getMessage());
    }

    @Test
    void aFileMayNotTakeABuiltInScenariosId(@TempDir Path dir) throws Exception {
        for (String id : ScenarioLoader.BUILT_IN) {
            Path copy = dir.resolve(id + ".json");
            Files.writeString(copy, ScenarioLoader.toJson(ScenarioLoader.builtIn(id).source()));
            ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.resolve(copy.toString()));
            assertEquals(copy.toString(), e.source());
            assertEquals("id", e.path());
            assertEquals("'" + id + "' is a built-in scenario's id; give your scenario its own id", e.reason());
            assertEquals(id, ScenarioLoader.resolve(id).id(), "the built-in itself still loads by its id");
        }
        Path renamed = dir.resolve("renamed.json");
        Files.writeString(renamed, SEED_JSON.replace("\"seed-calculator\"", "\"my-calculator\""));
        assertEquals("my-calculator", ScenarioLoader.load(renamed).id());
    }

    @Test
    void aDirectoryIsNotAScenarioFile(@TempDir Path dir) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.resolve(dir.toString()));
        assertEquals(dir.toString(), e.source());
        assertEquals("is a directory, not a scenario file", e.reason());
    }

    @Test
    void aMissingFileAndAnUnknownIdSayWhat() {
        ScenarioException missing = assertThrows(ScenarioException.class, () -> ScenarioLoader.resolve("no/such/file.json"));
        assertEquals("no such file", missing.reason());
        ScenarioException unknown = assertThrows(ScenarioException.class, () -> ScenarioLoader.resolve("nonsense"));
        assertTrue(unknown.reason().contains("seed-calculator"), unknown.getMessage());
    }

    @Test
    void textCutShortInsideAFieldIsMalformedJsonNotAWrongType() {
        ScenarioException e = refused(SEED_JSON.substring(0, SEED_JSON.indexOf("exactly")));
        assertEquals("description", e.path());
        assertTrue(e.reason().matches("malformed JSON at line 5, column \\d+: the file ends inside text: its closing \" "
                + "is missing"), e.getMessage());
        ScenarioException open = refused("{ \"vocabulary\": [ \"a\"\n");
        assertEquals("malformed JSON at line 2, column 1: the file ends before the [ at line 1, column 17 is closed",
                open.reason());
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatTheFieldNeeds() {
        assertEquals("has the wrong type: it must be a whole number, not the number 2.5",
                refused(SEED_JSON.replace("\"maxSteps\" : 3", "\"maxSteps\" : 2.5")).reason());
        assertEquals("has the wrong type: it must be a list [ ... ], not the text \")\"",
                refused(SEED_JSON.replace("\"stopTokens\" : [ \")\", \"<eos>\" ]", "\"stopTokens\" : \")\"")).reason());
        assertEquals("has the wrong type: it must be text in quotes, not a list [ ... ]",
                refused("{ \"id\": [ 1 ] }").reason());
    }

    @Test
    void somethingOtherThanOneObjectIsNoScenario() {
        assertEquals("the file is empty", refused("  \n").reason());
        assertEquals("must hold one JSON object, the scenario", refused("[ { } ]").reason());
        assertEquals("the file holds no JSON object", refused("null").reason());
    }

    @Test
    void aFileThatIsNotUtf8TextIsRefused(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("binary.json");
        Files.write(binary, new byte[] {'{', (byte) 0xff, (byte) 0xfe, '}'});
        assertEquals("is not UTF-8 text", assertThrows(ScenarioException.class, () -> ScenarioLoader.load(binary)).reason());
    }
}

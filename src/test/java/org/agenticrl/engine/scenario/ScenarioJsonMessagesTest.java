package org.agenticrl.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario JSON is read strictly (no coercion between types, no repeated field, no non-standard JSON), and every
 * refusal is said in words: the field path, the line and column, what is wrong, never Jackson's own words.
 */
class ScenarioJsonMessagesTest {
    private static final String SEED_JSON = ScenarioLoader.toJson(ScenarioLoader.seed().source());
    /** Words of Jackson's messages that mean nothing to the person who wrote the file. */
    static final Pattern LIBRARY_WORDS = Pattern.compile("`\\w+\\.[\\w.]+`|Feature|CoercionConfig|JsonToken|StreamReadConstraints"
            + "|java\\.|\\(code \\d|out of range of int|-2147483648|marker|Non-standard|Unexpected|Unrecognized|CTRL-CHAR");

    private static ScenarioException refused(String json) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(json, "t.json"));
    }

    /** The seed scenario's JSON with one piece of text replaced, which must be there. */
    private static String seedWith(String from, String to) {
        if (!SEED_JSON.contains(from)) {
            throw new IllegalArgumentException("the seed's JSON has no " + from);
        }
        return SEED_JSON.replaceFirst(Pattern.quote(from), to.replace("\\", "\\\\").replace("$", "\\$"));
    }

    static Stream<Arguments> badJson() {
        return Stream.of(
                Arguments.of("{\"maxSteps\": NaN}",
                        "t.json: maxSteps: malformed JSON at line 1, column 17: 'NaN' is not a number in JSON; write a "
                                + "finite number such as 0.5"),
                Arguments.of("{\"model\": {\"baseProbability\": -Infinity}}",
                        "t.json: model.baseProbability: malformed JSON at line 1, column 40: '-Infinity' is not a "
                                + "number in JSON; write a finite number such as 0.5"),
                Arguments.of("{ // my scenario\n}",
                        "t.json: malformed JSON at line 1, column 3: comments are not allowed in JSON; delete the comment "
                                + "that starts here"),
                Arguments.of("{\"maxSteps\": 2147483648}", "t.json: maxSteps: 2147483648 is far too large for this field"),
                Arguments.of("{\"maxSteps\": -99999999999}", "t.json: maxSteps: -99999999999 is far too small for this field"),
                Arguments.of("{\"maxSteps\": 07}",
                        "t.json: maxSteps: malformed JSON at line 1, column 15: a number must not start with 0 (write 7, "
                                + "not 07)"),
                Arguments.of("{\"maxSteps\": 1.}",
                        "t.json: maxSteps: malformed JSON at line 1, column 15: a decimal point must be followed by a "
                                + "digit (write 1.0, not 1.)"),
                Arguments.of("{'id': \"x\"}",
                        "t.json: malformed JSON at line 1, column 2: a field name must be in double quotes, not single "
                                + "quotes"),
                Arguments.of("{\"id\": 'x'}",
                        "t.json: malformed JSON at line 1, column 8: text must be in double quotes, not single quotes"),
                Arguments.of("{\"id\": x}",
                        "t.json: id: malformed JSON at line 1, column 9: 'x' is not a JSON value; text must be in "
                                + "double quotes, and the other values are numbers, true, false and null"),
                Arguments.of("{\"vocabulary\": [\"a\",]}",
                        "t.json: malformed JSON at line 1, column 21: expected a value, found ]; a list must not end "
                                + "with a comma"),
                Arguments.of("{\"id\": \"x\",}",
                        "t.json: malformed JSON at line 1, column 12: a comma must not come right before }"),
                Arguments.of("{\"id\": \"x\" \"title\": \"y\"}",
                        "t.json: malformed JSON at line 1, column 12: expected a comma or } after the field's value, "
                                + "found '\"'"),
                Arguments.of("{\"title\": \"a\nb\"}",
                        "t.json: title: malformed JSON at line 1, column 13: a line break inside text in quotes must be "
                                + "written \\n"),
                Arguments.of("{\"title\": \"a\\qb\"}",
                        "t.json: title: malformed JSON at line 1, column 14: a backslash followed by 'q' is not an escape "
                                + "JSON knows; write \\\\ for a backslash (the others are \\\", \\n, \\t and \\uXXXX)"),
                Arguments.of("{\"id\":\u00a0\"x\"}",
                        "t.json: malformed JSON at line 1, column 7: expected a value (text in double quotes, a number, "
                                + "true, false, null, a list [ ... ] or an object { ... }), found the invisible "
                                + "character U+00A0"),
                Arguments.of("{\"vocabulary\": [\"a\"",
                        "t.json: malformed JSON at line 1, column 20: the file ends before the [ at line 1, column 16 "
                                + "is closed"),
                Arguments.of("{\"id\": \"x\"} {}",
                        "t.json: there is more text after the scenario's closing } at line 1, column 13; a scenario "
                                + "file holds one JSON object"));
    }

    @ParameterizedTest
    @MethodSource("badJson")
    void textThatIsNotStrictJsonIsExplainedInWords(String json, String message) {
        ScenarioException e = refused(json);
        assertEquals(message, e.getMessage());
        assertFalse(LIBRARY_WORDS.matcher(e.getMessage()).find(), e.getMessage());
    }

    @Test
    void aLeadingByteOrderMarkIsSkipped(@TempDir Path dir) throws Exception {
        String mine = seedWith("\"seed-calculator\"", "\"mine\"");
        Path file = dir.resolve("notepad.json");
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] text = mine.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        Files.write(file, bytes);
        assertEquals("mine", ScenarioLoader.load(file).id());
        assertEquals(ScenarioLoader.parse(mine, "plain").source(), ScenarioLoader.load(file).source());
        assertEquals("the file is empty", refused("\ufeff \n").reason());
        ScenarioException twice = refused("\ufeff\ufeff" + mine);
        assertEquals("malformed JSON at line 1, column 1: expected a value (text in double quotes, a number, true, "
                + "false, null, a list [ ... ] or an object { ... }), found the invisible character U+FEFF",
                twice.reason(), "only one mark, at the very start, is skipped");
    }

    @Test
    void textIsNeverTakenForANumberNorANumberForText() {
        ScenarioException version = refused(seedWith("\"schemaVersion\" : 1", "\"schemaVersion\" : \"1\""));
        assertEquals("schemaVersion", version.path());
        assertEquals("has the wrong type: it must be a whole number, not the text \"1\"", version.reason());
        assertEquals("has the wrong type: it must be a whole number, not the number 1.0",
                refused(seedWith("\"schemaVersion\" : 1", "\"schemaVersion\" : 1.0")).reason());
        ScenarioException token = refused(seedWith("\"vocabulary\" : [ \"<eos>\"", "\"vocabulary\" : [ 7"));
        assertEquals("vocabulary[0]", token.path());
        assertEquals("has the wrong type: it must be text in quotes, not the number 7", token.reason());
        ScenarioException probability = refused(seedWith("\"baseProbability\" : 0.01", "\"baseProbability\" : \"0.01\""));
        assertEquals("model.baseProbability", probability.path());
        assertEquals("has the wrong type: it must be a number, not the text \"0.01\"", probability.reason());
        ScenarioException once = refused(seedWith("\"reason\" : \"used calculator\",",
                "\"reason\" : \"used calculator\", \"once\" : 1,"));
        assertEquals("processRewards[0].once", once.path());
        assertEquals("has the wrong type: it must be true or false, not the number 1", once.reason());
        assertEquals("has the wrong type: it must be text in quotes, not true",
                refused(seedWith("\"title\" : \"What is 5 + 3?\"", "\"title\" : true")).reason());
        assertEquals("has the wrong type: it must be a whole number, not the text \"\"",
                refused(seedWith("\"maxSteps\" : 3", "\"maxSteps\" : \"\"")).reason());
    }

    @Test
    void aWholeNumberIsANumber() throws ScenarioException {
        Scenario scenario = ScenarioLoader.parse(seedWith("\"boostMass\" : 0.8", "\"boostMass\" : 1"), "t.json");
        assertEquals(1.0, scenario.source().model().boostMass(), 0.0);
    }

    @Test
    void aFieldGivenTwiceIsRefusedWhereverItIs() {
        ScenarioException top = refused(seedWith("\"maxSteps\" : 3", "\"maxSteps\" : 3, \"maxSteps\" : 4"));
        assertEquals("maxSteps", top.path());
        assertEquals("the field 'maxSteps' is given twice in one object; keep one",
                top.reason().substring(top.reason().indexOf(": ") + 2));
        ScenarioException nested = refused(seedWith("\"need\" : [ \"to\" ]", "\"need\" : [ \"to\" ], \"need\" : [ \"to\" ]"));
        assertEquals("model.transitions.need", nested.path());
        assertFalse(LIBRARY_WORDS.matcher(nested.getMessage()).find(), nested.getMessage());
    }

    @Test
    void aTokenIsAtMost64Characters() throws ScenarioException {
        String longest = "x".repeat(ScenarioValidator.MAX_TOKEN_LENGTH);
        assertEquals(longest, ScenarioLoader.parse(seedWith("\"vocabulary\" : [ ", "\"vocabulary\" : [ \"" + longest
                + "\", "), "t.json").vocabulary().token(0));
        ScenarioException tooLong = refused(seedWith("\"vocabulary\" : [ ", "\"vocabulary\" : [ \"" + "y".repeat(100_000)
                + "\", "));
        assertEquals("vocabulary[0]", tooLong.path());
        assertEquals("a token is at most 64 characters long; this one has 100000 ('" + "y".repeat(40) + "...')",
                tooLong.reason());
    }
}

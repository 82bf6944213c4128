package org.agenticrl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code session FILE}: what a session holds, as text and JSON; exit 2 with file, field and reason for a bad one. */
class SessionCliTest {
    private static final String VALID = "src/test/resources/sessions/valid.arl";

    @Test
    void printsTheScenarioSettingsPolicyAndPins() {
        CliRun text = CliRun.of("session", VALID);
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("Scenario: seed-calculator (built in)"), text.out());
        assertTrue(text.out().contains("Trained policy: yes, 63 contexts changed"), text.out());
        assertTrue(text.out().contains("Training run: 1 updates, 8 episodes"), text.out());
        assertTrue(text.out().contains("Pinned runs: 1"), text.out());
    }

    @Test
    void jsonHoldsTheSameFacts() throws Exception {
        CliRun json = CliRun.of("session", VALID, "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode summary = new ObjectMapper().readTree(json.out());
        assertEquals("seed-calculator", summary.get("scenario").asText());
        assertEquals(63, summary.get("policy").get("trainedContexts").asInt());
        assertEquals(8, summary.get("run").get("episodes").asInt());
        assertEquals(1, summary.get("pins").size());
    }

    @Test
    void aBadFileExitsTwoWithTheFileTheFieldAndTheReason() {
        CliRun bad = CliRun.of("session", "src/test/resources/sessions/previous-unknown.arl");
        assertEquals(2, bad.code());
        assertEquals("agentic-rl session: src/test/resources/sessions/previous-unknown.arl: policy.rows[0].previous: "
                + "'banana' is not in the scenario's vocabulary", bad.err().strip());
        CliRun app = CliRun.of("app", "--session", "src/test/resources/sessions/no-such-task.arl");
        assertEquals(2, app.code());
        assertTrue(app.err().contains("episode.task: "), app.err());
    }
}

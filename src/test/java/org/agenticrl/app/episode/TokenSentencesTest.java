package org.agenticrl.app.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.engine.generation.TokenStep;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** A written token in words, the same whatever the machine's locale. */
class TokenSentencesTest {
    @Test
    void calculateAfterActionReadsItsProbabilityAndLogProbability() {
        SessionModel model = new SessionModel(ScenarioLoader.seed(), new TestRuntime().runtime);
        TokenStep calculate = model.episode().trajectory().steps().get(0).generation().steps().get(6);
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
            assertEquals("after 'Action:': \u03c0 = 40.0%, log \u03c0 = \u22120.916",
                    TokenSentences.context(model.episode().scenario().vocabulary(), calculate));
        } finally {
            Locale.setDefault(before);
        }
    }
}

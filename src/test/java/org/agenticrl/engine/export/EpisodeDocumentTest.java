package org.agenticrl.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.agenticrl.engine.HostileLocales;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.scenario.EpisodeSettings;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(HostileLocales.class)
class EpisodeDocumentTest {
    private static final Scenario SEED = ScenarioLoader.seed();

    private static EpisodeDocument document(EpisodeSettings settings) {
        Trajectory trajectory = settings.run(SEED, SEED.pretrainedPolicy());
        return EpisodeDocument.of(trajectory, SEED, false);
    }

    /** CSV and JSON numbers are written as Java's Double.toString writes them, whatever the default locale. */
    @ParameterizedTest
    @MethodSource("org.agenticrl.engine.HostileLocales#tags")
    void csvAndJsonAreTheSameInEveryLocale(String languageTag) {
        Locale.setDefault(Locale.ROOT);
        EpisodeDocument notebook = document(EpisodeSettings.notebook());
        EpisodeDocument live = document(EpisodeSettings.live(7));
        String rootCsv = notebook.toCsv() + live.toCsv();
        String rootJson = notebook.toJson() + live.toJson();
        Locale.setDefault(Locale.forLanguageTag(languageTag));
        assertEquals(rootCsv, notebook.toCsv() + live.toCsv());
        assertEquals(rootJson, notebook.toJson() + live.toJson());
        String firstRow = notebook.toCsv().lines().skip(1).findFirst().orElseThrow();
        assertTrue(firstRow.startsWith("1,") && firstRow.contains("," + notebook.steps().get(0).logProb() + ","),
                firstRow);
        assertTrue(firstRow.endsWith(",1.0,1.4"), firstRow);
        assertTrue(HostileLocales.hasOnlyAsciiDigits(rootCsv + rootJson));
    }
}

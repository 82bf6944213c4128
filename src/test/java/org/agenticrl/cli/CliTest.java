package org.agenticrl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.agenticrl.engine.Identified;
import org.agenticrl.engine.SeedReference;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.EpisodeSettings;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.training.UpdatePreview;
import org.agenticrl.engine.training.advantage.AdvantageEstimator;
import org.agenticrl.engine.training.optimizer.OptimizerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
    @Test
    void versionIsThePomsVersion() throws Exception {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.code(), run.err());
        assertEquals("agentic-rl " + org.agenticrl.PomVersion.read(), run.out().strip());
    }

    @Test
    void generateGreedyPrintsTheSeedsGeneration() throws Exception {
        CliRun run = CliRun.of("generate", "--greedy", "--max-tokens", "12", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode generation = run.json().get(0);
        JsonNode expected = SeedReference.get("greedy");
        assertEquals(expected.get("tokens"), generation.get("tokens"));
        assertEquals(expected.get("totalLogProb").doubleValue(), generation.get("totalLogProb").doubleValue(), 0.0);
    }

    @Test
    void generateWithASeedGivesNumpysSequences() throws Exception {
        int seeds = 0;
        for (JsonNode reference : SeedReference.get("sampled")) {
            if (reference.get("maxTokens").intValue() != 10) {
                continue;
            }
            seeds++;
            CliRun run = CliRun.of("generate", "--seed", reference.get("seed").asText(), "--count", "20", "--json");
            assertEquals(0, run.code(), run.err());
            JsonNode generations = run.json();
            for (int i = 0; i < 20; i++) {
                assertEquals(reference.get("generations").get(i).get("tokens"), generations.get(i).get("tokens"));
            }
        }
        assertTrue(seeds > 0, "the reference has runs of generate_text's default 10 tokens");
    }

    /** The previewed update of losses --preview is the engine's, and the notebook's KL exerts no force in it. */
    @Test
    void lossesPreviewsOneUpdateOfTheSeedsEpisode() throws Exception {
        CliRun run = CliRun.of("losses", "--preview", "3", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        assertEquals(1.01267419381674, json.get("total").doubleValue(), 0.0, "the losses are unchanged");
        JsonNode preview = json.get("preview");
        assertEquals(3.0, preview.get("stepSize").doubleValue(), 0.0);
        assertEquals(0.0, preview.get("gradientNorm").get("kl").doubleValue(), 0.0);
        Scenario seed = ScenarioLoader.seed();
        Policy policy = seed.pretrainedPolicy();
        Trajectory episode = EpisodeSettings.notebook().run(seed, policy);
        UpdatePreview engine = UpdatePreview.of(seed, episode,
                seed.lossCalculator().compute(episode, policy, policy, LossSettings.notebook()), policy, policy, 3);
        assertEquals(engine.gradientNorm().total(), preview.get("gradientNorm").get("total").doubleValue(), 0.0);
        JsonNode contexts = preview.get("contexts");
        assertEquals(engine.visited().size(), contexts.size());
        for (int c = 0; c < contexts.size(); c++) {
            Context context = engine.visited().get(c);
            JsonNode row = contexts.get(c);
            assertEquals(seed.vocabulary().token(context.previous()), row.get("previous").asText());
            assertEquals(seed.vocabulary().size(), row.get("tokens").size());
            for (int v = 0; v < seed.vocabulary().size(); v++) {
                assertEquals(engine.before(context).probability(v), row.get("before").get(v).doubleValue(), 0.0);
                assertEquals(engine.after(context).probability(v), row.get("after").get(v).doubleValue(), 0.0);
            }
        }
        assertFalse(CliRun.of("losses", "--json").out().contains("preview"), "no preview unless asked");
        assertTrue(CliRun.of("losses", "--preview", "3").out().contains("after 'Action:' (history: calculate:ok): finish( 40.0% "
                + "-> 31.0%"), "the text names the tokens the update moves");
    }

    @Test
    void distributionAfterIHasNeedAt79Point2Percent() throws Exception {
        CliRun run = CliRun.of("distribution", "--after", "I", "--json");
        JsonNode json = run.json();
        assertEquals("need", json.get("tokens").get(2).asText());
        assertEquals(0.8 / 1.01, json.get("probs").get(2).doubleValue(), 0.0);
    }

    @Test
    void episodeAndLossesPrintTheSeedsNumbers() throws Exception {
        JsonNode episode = CliRun.of("episode", "--mode", "notebook", "--json").json();
        assertEquals(1.4, episode.get("totalReward").doubleValue(), 0.0);
        assertEquals(1.0, episode.get("outcomeReward").doubleValue(), 0.0);
        assertEquals(0.4, episode.get("steps").get(0).get("processReward").doubleValue(), 0.0);
        JsonNode losses = CliRun.of("losses", "--json").json();
        JsonNode expected = SeedReference.get("losses");
        for (String field : new String[] {"rl", "sft", "kl", "total"}) {
            assertEquals(expected.get(field).doubleValue(), losses.get(field).doubleValue(), 0.0, field);
        }
        assertEquals(0.1, losses.get("lambda1").doubleValue(), 0.0);
        assertEquals(0.01, losses.get("lambda2").doubleValue(), 0.0);
        assertTrue(CliRun.of("losses").out().contains("TOTAL:    1.013"));
    }

    @Test
    void lossesFollowTheWeightsAndVariants() throws Exception {
        JsonNode losses = CliRun.of("losses", "--lambda1", "0.5", "--sft", "exact", "--json").json();
        assertEquals(losses.get("rl").doubleValue() + 0.5 * losses.get("sft").doubleValue()
                + 0.01 * losses.get("kl").doubleValue(), losses.get("total").doubleValue(), 0.0);
        assertEquals(losses.get("sftByVariant").get("exact"), losses.get("sft"));
    }

    @Test
    void liveEpisodesAreReproducibleFromTheirSeed() throws Exception {
        CliRun first = CliRun.of("episode", "--mode", "live", "--seed", "7", "--json");
        CliRun second = CliRun.of("episode", "--mode", "live", "--seed", "7", "--json");
        assertEquals(0, first.code(), first.err());
        assertEquals(first.out(), second.out());
        assertFalse(first.out().equals(CliRun.of("episode", "--mode", "live", "--seed", "8", "--json").out()));
    }

    @Test
    void toolRunsTheCalculator() {
        assertEquals("Result: 8", CliRun.of("tool", "calculate", "5 + 3").out().strip());
        assertEquals("Error: division by zero", CliRun.of("tool", "calculate", "1/0").out().strip());
        assertEquals("Found: Paris", CliRun.of("tool", "search", "Capital of France").out().strip());
    }

    @Test
    void liveOnlyOptionsAreRefusedInNotebookModeEvenAtTheirDefaults() {
        String[][] refused = {{"episode", "--mode", "notebook", "--seed", "5"}, {"episode", "--greedy"},
            {"losses", "--seed", "0"}, {"losses", "--mode", "notebook", "--seed", "0", "--greedy"}};
        String[] lines = {"agentic-rl episode: --seed applies to live episodes; add --mode live (see --help)",
            "agentic-rl episode: --greedy applies to live episodes; add --mode live (see --help)",
            "agentic-rl losses: --seed applies to live episodes; add --mode live (see --help)",
            "agentic-rl losses: --seed and --greedy apply to live episodes; add --mode live (see --help)"};
        for (int i = 0; i < refused.length; i++) {
            CliRun run = CliRun.of(refused[i]);
            assertEquals(2, run.code(), String.join(" ", refused[i]));
            assertEquals(lines[i], run.err().strip());
            assertEquals("", run.out());
        }
        assertEquals(0, CliRun.of("episode", "--mode", "live", "--seed", "0", "--greedy").code());
        assertEquals(0, CliRun.of("losses", "--mode", "live", "--seed", "5").code());
        assertEquals(0, CliRun.of("episode", "--mode", "notebook", "--temperature", "2").code());
    }

    /** The values a help line lists after option=, e.g. [notebook, process, outcome]. */
    private static Set<String> listedValues(String help, String option) {
        Matcher matcher = Pattern.compile(Pattern.quote(option) + "=([a-z0-9|]+)").matcher(help);
        assertTrue(matcher.find(), option + " in " + help);
        return Set.of(matcher.group(1).split("\\|"));
    }

    private static <E extends Enum<E> & Identified> Set<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Identified::id).collect(Collectors.toSet());
    }

    @Test
    void helpListsExactlyTheValuesEachOptionAccepts() throws Exception {
        String train = CliRun.of("train", "--help").out();
        assertEquals(ids(RewardMode.class), listedValues(train, "--reward"));
        assertEquals(ids(KlVariant.class), listedValues(train, "--kl"));
        assertEquals(ids(SftVariant.class), listedValues(train, "--sft"));
        assertEquals(ids(AdvantageEstimator.class), listedValues(train, "--advantage"));
        assertEquals(ids(OptimizerKind.class), listedValues(train, "--optimizer"));
        String losses = CliRun.of("losses", "--help").out();
        assertEquals(ids(RewardMode.class), listedValues(losses, "--reward"));
        assertEquals(ids(KlVariant.class), listedValues(losses, "--kl"));
        assertEquals(ids(SftVariant.class), listedValues(losses, "--sft"));
        JsonNode notebook = CliRun.of("train", "--episodes", "8", "--seed", "0", "--eval", "1", "--reward", "notebook", "--kl",
                "notebook", "--json").json().get("settings");
        assertEquals("notebook", notebook.get("reward").asText());
        assertEquals("notebook", notebook.get("kl").asText());
    }

    /** The help of losses and train states the bound their range checks use, and the defaults each one runs with. */
    @Test
    void theLossOptionsHelpStatesTheBoundAndEachCommandsDefaults() throws Exception {
        String lossesHelp = CliRun.of("losses", "--help").out().replaceAll("\\s+", " ");
        String trainHelp = CliRun.of("train", "--help").out().replaceAll("\\s+", " ");
        JsonNode notebook = CliRun.of("losses", "--json").json();
        JsonNode live = CliRun.of("losses", "--mode", "live", "--json").json();
        JsonNode train = CliRun.of("train", "--episodes", "8", "--seed", "0", "--eval", "1", "--json").json().get("settings");
        for (JsonNode settings : new JsonNode[] {notebook, live, train}) {
            for (String help : new String[] {lossesHelp, trainHelp}) {
                assertTrue(help.contains("--lambda1=X weight of L_SFT, 0 to " + LossSettings.MAX_LAMBDA + " (default "
                        + settings.get("lambda1").doubleValue() + ")"), help);
                assertTrue(help.contains("--lambda2=Y weight of L_KL, 0 to " + LossSettings.MAX_LAMBDA + " (default "
                        + settings.get("lambda2").doubleValue() + ")"), help);
            }
        }
        assertTrue(trainHelp.contains("--reward " + train.get("reward").asText() + ", --sft " + train.get("sft").asText()
                + ", --kl " + train.get("kl").asText() + "."), trainHelp);
        assertEquals(List.of("notebook", "notebook", "notebook"), List.of(notebook.get("reward").asText(),
                notebook.get("sftVariant").asText(), notebook.get("klVariant").asText()));
        assertEquals(List.of("process", "exact", "exact"), List.of(live.get("reward").asText(),
                live.get("sftVariant").asText(), live.get("klVariant").asText()));
        String bound = String.valueOf(LossSettings.MAX_LAMBDA);
        String beyond = String.valueOf(Math.nextUp(LossSettings.MAX_LAMBDA));
        for (String option : new String[] {"--lambda1", "--lambda2"}) {
            assertEquals(0, CliRun.of("losses", option, bound).code(), option);
            assertEquals(0, CliRun.of("train", "--episodes", "8", "--seed", "0", "--eval", "1", option, bound).code(), option);
            assertTrue(CliRun.of("losses", option, beyond).err().startsWith("agentic-rl losses: " + option
                    + " must be between 0 and "), option);
            assertEquals(2, CliRun.of("train", "--episodes", "8", "--seed", "0", "--eval", "1", option, beyond).code());
        }
    }

    @Test
    void trainSaysHowManyEpisodesItRunsInWholeGroups() throws Exception {
        CliRun five = CliRun.of("train", "--episodes", "5", "--seed", "0", "--eval", "5");
        assertEquals(0, five.code(), five.err());
        assertTrue(five.out().startsWith("Training 8 episodes (5 asked for, rounded up to whole groups of 8), seed 0:"),
                five.out());
        JsonNode settings = CliRun.of("train", "--episodes", "5", "--seed", "0", "--eval", "5", "--json").json();
        assertEquals(8, settings.get("settings").get("episodes").intValue());
        assertEquals(5, settings.get("settings").get("requestedEpisodes").intValue());
        assertEquals(1, settings.get("curve").size());
        assertTrue(CliRun.of("train", "--episodes", "12", "--group", "4", "--seed", "0", "--eval", "5").out()
                .startsWith("Training 12 episodes (groups of 4), seed 0:"));
    }

    @Test
    void trainsColumnsStayAlignedWhenValuesGrowLarge() {
        CliRun run = CliRun.of("train", "--episodes", "40", "--seed", "0", "--eval", "10", "--lr", "1e5", "--clip", "0",
                "--group", "4", "--advantage", "reinforce");
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().lines().toArray(String[]::new);
        int header = IntStream.range(0, lines.length).filter(i -> lines[i].startsWith("episode")).findFirst()
                .orElseThrow();
        assertTrue(Arrays.stream(lines).skip(header).anyMatch(l -> l.matches(".* \\d{4,}\\.\\d{4} .*")),
                "the run has a value of four or more digits before the point:\n" + run.out());
        for (int i = header + 1; i < lines.length && !lines[i].isBlank(); i++) {
            assertEquals(lines[header].length(), lines[i].length(), "every row ends where the header ends:\n" + run.out());
            for (int at = 0; at < lines[i].length(); at++) {
                if (lines[header].charAt(at) != ' ' && (at + 1 == lines[i].length() || lines[header].charAt(at + 1) == ' ')) {
                    assertFalse(lines[i].charAt(at) == ' ', "column ending at " + at + " is filled:\n" + run.out());
                }
            }
        }
    }

    @Test
    void toolTakesAnInputThatStartsWithAMinusSign() throws Exception {
        assertEquals("Result: -2", CliRun.of("tool", "calculate", "-5+3").out().strip());
        assertEquals("Result: -2", CliRun.of("tool", "calculate", "-5", "+", "3").out().strip());
        JsonNode json = CliRun.of("tool", "--json", "calculate", "-5*-2").json();
        assertEquals("-5*-2", json.get("argument").asText());
        assertEquals("Result: 10", json.get("output").asText());
        assertEquals("Found: No info", CliRun.of("tool", "search", "--", "--help").out().strip());
        assertTrue(CliRun.of("tool", "--help").out().contains("tool calculate -5+3"));
    }

    @Test
    void anArgumentThatStartsWithAnAtSignIsTakenAsItIsNotAsAFileToRead(@TempDir Path dir) throws Exception {
        Path arguments = dir.resolve("arguments");
        Files.writeString(arguments, "--count 3");
        String at = "@" + arguments;
        assertEquals(at, CliRun.of("episode", "--task", at, "--answer", "8", "--json").json().get("task").asText());
        CliRun generate = CliRun.of("generate", at);
        assertEquals(2, generate.code(), generate.out());
        assertTrue(generate.err().contains("'" + at + "'"), generate.err());
    }

    @Test
    void trainImprovesThePolicyAndPrintsEveryUpdate() throws Exception {
        CliRun run = CliRun.of("train", "--episodes", "400", "--seed", "3", "--eval", "300", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        JsonNode curve = json.get("curve");
        assertEquals(400 / 8, curve.size());
        for (int i = 0; i < curve.size(); i++) {
            assertEquals(8 * (i + 1), curve.get(i).get("episode").intValue());
            for (String field : new String[] {"meanReturn", "successRate", "rl", "sft", "kl", "klToReference"}) {
                assertTrue(curve.get(i).get(field).isNumber(), field);
            }
        }
        double before = json.get("before").get("successRate").doubleValue();
        double after = json.get("after").get("successRate").doubleValue();
        assertTrue(before < 0.6 && after > before + 0.3, before + " -> " + after);
        assertTrue(json.get("divergence").isNull());
        assertEquals(run.out(), CliRun.of("train", "--episodes", "400", "--seed", "3", "--eval", "300", "--json").out(),
                "the same seed and settings print the same run");
        assertTrue(CliRun.of("train", "--episodes", "16", "--seed", "3", "--eval", "10").out().contains("after  (10)"));
    }

    @Test
    void trainMeasuresTheDriftEvenWithoutAKlTerm() throws Exception {
        JsonNode curve = CliRun.of("train", "--episodes", "80", "--seed", "1", "--eval", "10", "--lambda2", "0",
                "--advantage", "rloo", "--optimizer", "adam", "--lr", "0.1", "--kl", "k3", "--json").json().get("curve");
        assertEquals(80 / 8, curve.size());
        for (JsonNode point : curve) {
            assertEquals(0.0, point.get("kl").doubleValue(), 0.0);
        }
        assertTrue(curve.get(curve.size() - 1).get("klToReference").doubleValue() > 0);
    }

    @Test
    void trainReportsADivergenceWithWhatToChange() throws Exception {
        CliRun run = CliRun.of("train", "--episodes", "80", "--seed", "0", "--eval", "10", "--lr", "1e308", "--clip", "0",
                "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        assertTrue(json.get("divergence").get("advice").asText().contains("lower the learning rate"));
        assertTrue(json.get("curve").size() < 10);
        assertTrue(run.out().indexOf("NaN") < 0 && run.out().indexOf("Infinity") < 0, "no NaN reaches the output");
    }

    @Test
    void benchTimesTheSameSampledGenerationsAsGenerate() throws Exception {
        CliRun run = CliRun.of("bench", "--generations", "100", "--episodes", "20", "--train-episodes", "16", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode json = run.json();
        for (String field : new String[] {"sampledTokensPerSecond", "episodesPerSecond", "trainEpisodesPerSecond"}) {
            assertTrue(json.get(field).doubleValue() > 0, field);
        }
        int tokens = 0;
        for (JsonNode generation : CliRun.of("generate", "--seed", "0", "--count", "100", "--max-tokens", "12", "--json").json()) {
            tokens += generation.get("tokens").size();
        }
        assertEquals(tokens, json.get("sampledTokens").intValue());
    }

    @Test
    void numbersOnTheCommandLineAreAsciiAndTheRefusalSaysWhatToWrite() {
        assertEquals("agentic-rl generate: --count: '٣٠' is not a whole number (use the digits 0-9) (see --help)",
                CliRun.of("generate", "--count", "٣٠").err().strip());
        assertEquals("agentic-rl distribution: --temperature: '1,5' is not a number (use the digits 0-9 and '.' as the "
                + "decimal point, e.g. 0.5 or 1e-3) (see --help)", CliRun.of("distribution", "--after", "I", "--temperature",
                "1,5").err().strip());
        assertEquals("agentic-rl train: --lr: '1e999' is out of range (see --help)",
                CliRun.of("train", "--episodes", "8", "--seed", "0", "--lr", "1e999").err().strip());
        for (String[] refused : new String[][] {{"generate", "--count", ""}, {"generate", "--count", " 3"},
            {"distribution", "--after", "I", "--temperature", " 1"}, {"distribution", "--after", "I", "--temperature", ""},
            {"losses", "--gamma", "0.5\n"}}) {
            assertEquals(2, CliRun.of(refused).code(), String.join("|", refused));
        }
        assertEquals(0, CliRun.of("generate", "--count", "+2", "--seed", "007", "--temperature", ".5").code());
        assertEquals(0, CliRun.of("distribution", "--after", "I", "--temperature", "25E-1").code());
    }

    @Test
    void negativeZeroIsReadAsZero() throws Exception {
        CliRun run = CliRun.of("losses", "--lambda1", "-0", "--lambda2", "-0.0", "--json");
        assertEquals(0.0, run.json().get("lambda1").doubleValue(), "not -0.0");
        assertEquals(0.0, run.json().get("lambda2").doubleValue(), "not -0.0");
        assertTrue(CliRun.of("losses", "--lambda1", "-0").out().contains("SFT Loss: 0.0 * 6.813 = 0.000  (0.0)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "generate --temperature 0", "generate --count 0", "generate --seed 4294967296", "generate --greedy --seed 3",
        "distribution", "distribution --after nothing", "episode --mode replay", "episode --task x",
        "losses --lambda1 -1", "losses --gamma 2", "losses --kl k4", "losses --reward all", "tool nothing x",
        "losses --preview -1", "losses --preview 101", "losses --preview NaN",
        "episode --scenario missing.json", "frobnicate", "generate --count many", "",
        "train --seed 0", "train --episodes 10", "train --episodes 0 --seed 0", "train --episodes 10 --seed -1",
        "train --episodes 10 --seed 0 --lr 0", "train --episodes 10 --seed 0 --lr NaN",
        "train --episodes 10 --seed 0 --optimizer rmsprop", "train --episodes 10 --seed 0 --advantage ppo",
        "train --episodes 10 --seed 0 --group 1", "train --episodes 10 --seed 0 --group 257",
        "train --episodes 10 --seed 0 --reward all", "train --episodes 10 --seed 0 --kl k4",
        "train --episodes 10 --seed 0 --lambda2 11", "train --episodes 10 --seed 0 --clip -1",
        "train --episodes 10 --seed 0 --eval 0", "train --episodes 10 --seed 0 --scenario missing.json",
        "bench --generations 0", "bench --episodes many", "bench --train-episodes -5",
        "generate --count ٣٠", "generate --count ３０", "generate --count 0x10", "generate --count 1_000",
        "generate --count 1,5", "generate --count 1e3", "generate --count 99999999999", "generate --seed ٣",
        "generate --seed 99999999999999999999", "episode --mode live --seed ۷", "episode --max-steps ३",
        "distribution --after I --temperature 1,5", "distribution --after I --temperature NaN",
        "distribution --after I --temperature Infinity", "distribution --after I --temperature 0x1p0",
        "distribution --after I --temperature 1d", "distribution --after I --temperature ١.٥",
        "losses --gamma 0٫5", "losses --lambda1 1e999", "train --episodes 10 --seed 0 --lr -Infinity",
        "train --episodes 10 --seed 0 --clip NaN", "train --episodes １０ --seed 0", "bench --generations ١٠",
        "generate --greedy=٠", "app --text-scale NaN"
    })
    void badArgumentsExitTwoWithOneLineAndNoStackTrace(String line) {
        CliRun run = CliRun.of(line.isEmpty() ? new String[0] : line.split(" "));
        assertEquals(2, run.code(), line + " -> " + run.out() + run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}

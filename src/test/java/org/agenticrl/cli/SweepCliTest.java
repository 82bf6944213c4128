package org.agenticrl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.agenticrl.engine.sweep.SweepAxis;
import org.agenticrl.engine.sweep.SweepPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SweepCliTest {
    private static final List<String> METRICS = List.of("successRate", "calculatorRate", "meanReturn", "meanSteps",
            "klToReference", "finalLoss");

    private static CliRun run(String line) {
        return CliRun.of(line.split(" "));
    }

    private static JsonNode json(String line) throws Exception {
        CliRun run = run(line);
        assertEquals(0, run.code(), line + ": " + run.err());
        return run.json();
    }

    /**
     * Each seed of each cell of the sweep against train run with the cell's two settings, the seed, and the options
     * the sweep was given: the evaluation, the drift and the last loss are train's, to the bit.
     */
    private static void assertEveryRunIsTrain(String sweepOptions, String trainOptions) throws Exception {
        JsonNode sweep = json("sweep " + sweepOptions + " " + trainOptions + " --json");
        String xName = sweep.get("x").get("name").asText();
        String yName = sweep.get("y").get("name").asText();
        int seeds = 0;
        for (JsonNode cell : sweep.get("cells")) {
            for (JsonNode seed : cell.get("seeds")) {
                seeds++;
                JsonNode train = json("train --" + xName + " " + Arguments.plain(cell.get("x").doubleValue()) + " --"
                        + yName + " " + Arguments.plain(cell.get("y").doubleValue()) + " --seed " + seed.get("seed").asText() + " --episodes "
                        + sweep.get("settings").get("episodes").asText() + " --eval "
                        + sweep.get("settings").get("eval").asText() + " " + trainOptions + " --json");
                JsonNode after = train.get("after");
                JsonNode last = train.get("curve").get(train.get("curve").size() - 1);
                for (String field : List.of("successRate", "calculatorRate", "meanReturn", "meanSteps")) {
                    assertEquals(after.get(field).doubleValue(), seed.get(field).doubleValue(), 0.0, field);
                }
                assertEquals(last.get("klToReference").doubleValue(), seed.get("klToReference").doubleValue(), 0.0);
                assertEquals(last.get("rl").doubleValue() + last.get("sft").doubleValue() + last.get("kl").doubleValue(),
                        seed.get("finalLoss").doubleValue(), 0.0, "L_RL + lambda1 L_SFT + lambda2 L_KL of the last update");
                assertEquals(train.get("settings").get("episodes").intValue(), seed.get("episodes").intValue());
                assertEquals(train.get("settings").get("episodes").intValue(), cell.get("episodes").intValue());
            }
        }
        assertEquals(sweep.get("runs").intValue(), seeds);
    }

    @Test
    void everyRunOfALambdaSweepIsTrainWithTheCellsLambdasAndItsSeed() throws Exception {
        assertEveryRunIsTrain("--x lambda1=0,0.3 --y lambda2=0.01,1 --episodes 60 --seeds 2 --eval 50 --seed 5",
                "--lr 2 --kl k3");
    }

    @Test
    void everyRunOfAGroupByLearningRateSweepIsTrainWithItsGroupsAndRate() throws Exception {
        assertEveryRunIsTrain("--x group=4,6 --y lr=1,3 --episodes 30 --seeds 1 --eval 20 --seed 9",
                "--advantage rloo --lambda1 0.2");
    }

    /** The JSON without the fields that depend on the machine: how long it took, and on how many threads. */
    private static JsonNode withoutTimes(JsonNode json) {
        ObjectNode copy = json.deepCopy();
        copy.remove(List.of("threads", "seconds", "cellsPerSecond"));
        return copy;
    }

    @Test
    void theJsonHasEveryCellWithItsSeedsAndSummaryTheSameOnOneTwoOrThreeThreads() throws Exception {
        String line = "sweep --x lambda1=0,0.1,1 --y lambda2=0.01,2 --episodes 40 --seeds 2 --eval 30 --json --threads ";
        JsonNode json = json(line + "1");
        assertEquals("lambda1", json.get("x").get("name").asText());
        assertEquals("[0.0,0.1,1.0]", json.get("x").get("values").toString());
        assertEquals("lambda2", json.get("y").get("name").asText());
        assertEquals(6, json.get("cells").size());
        assertEquals(12, json.get("runs").intValue());
        assertEquals(1, json.get("threads").intValue());
        assertTrue(json.get("seconds").doubleValue() > 0);
        List<String> cells = new ArrayList<>();
        for (JsonNode cell : json.get("cells")) {
            cells.add(cell.get("x").asText() + "," + cell.get("y").asText());
            assertEquals(2, cell.get("seeds").size());
            for (String metric : METRICS) {
                double first = cell.get("seeds").get(0).get(metric).doubleValue();
                double second = cell.get("seeds").get(1).get(metric).doubleValue();
                assertEquals((first + second) / 2, cell.get("mean").get(metric).doubleValue(), 0.0, metric);
                assertEquals(Math.min(first, second), cell.get("min").get(metric).doubleValue(), 0.0, metric);
                assertEquals(Math.max(first, second), cell.get("max").get(metric).doubleValue(), 0.0, metric);
            }
        }
        assertEquals(List.of("0.0,0.01", "0.1,0.01", "1.0,0.01", "0.0,2.0", "0.1,2.0", "1.0,2.0"), cells,
                "row by row: x changes fastest");
        assertEquals(0.1, json.get("settings").get("lambda1").doubleValue(), "the base settings, which the axes override");
        for (String threads : List.of("2", "3")) {
            JsonNode parallel = json(line + threads);
            assertEquals(Integer.parseInt(threads), parallel.get("threads").intValue());
            assertEquals(withoutTimes(json), withoutTimes(parallel), threads + " threads");
        }
    }

    @Test
    void shardsWrittenToFilesAndMergedGiveTheWholeRunsJsonTextAndCsv(@TempDir Path folder) throws Exception {
        String grid = "sweep --x lr=1,3,1e308 --y lambda2=0.01,1 --clip 0 --episodes 24 --seeds 2 --eval 10 --seed 3";
        JsonNode whole = json(grid + " --json --threads 2");
        assertTrue(whole.toString().contains("\"divergence\":{"), "a diverged run's figures and reason are merged too");
        List<String> files = new ArrayList<>();
        for (String shard : List.of("2/3", "0/3", "1/3")) {
            Path file = folder.resolve("results").resolve("shard-" + shard.charAt(0) + ".json");
            CliRun written = run(grid + " --shard " + shard + " --threads 1 --out " + file);
            assertEquals(0, written.code(), written.err());
            assertEquals("", written.out());
            JsonNode part = new ObjectMapper().readTree(file.toFile());
            assertEquals(shard, part.get("shard").get("index").asText() + "/" + part.get("shard").get("count").asText());
            assertEquals("seed-calculator", part.get("shard").get("scenario").asText());
            assertEquals(2, part.get("cells").size());
            files.add(file.toString());
        }
        String merge = "sweep --merge " + String.join(" ", files);

        JsonNode merged = json(merge + " --json");

        assertFalse(merged.has("shard"));
        assertEquals(withoutTimes(whole), withoutTimes(merged));
        assertEquals(3, merged.get("threads").intValue(), "the three shards' threads");
        assertEquals(run(grid + " --csv").out(), run(merge + " --csv").out());
        List<String> text = run(grid).out().lines().toList();
        List<String> mergedText = run(merge).out().lines().toList();
        assertEquals(text.subList(0, text.size() - 1), mergedText.subList(0, mergedText.size() - 1),
                "all but the speed line");
    }

    @Test
    void filesThatAreNotAllTheShardsOfOneSweepAreRefusedWithTheReason(@TempDir Path folder) throws Exception {
        String grid = "sweep --x lambda1=0,1 --y lambda2=0.01 --episodes 8 --seeds 1 --eval 5";
        Path shard = folder.resolve("shard-0.json");
        Path whole = folder.resolve("whole.json");
        assertEquals(0, run(grid + " --shard 0/2 --out " + shard).code());
        assertEquals(0, run(grid + " --json --out " + whole).code());
        Path broken = Files.writeString(folder.resolve("broken.json"), Files.readString(shard)
                .replaceFirst("\"gamma\" : [0-9.]+", "\"gamma\" : 2"));
        Path notJson = Files.writeString(folder.resolve("notes.txt"), "shard 0");

        assertRefused("sweep --merge " + shard, "shard 1/2 missing: give the file of every shard");
        assertRefused("sweep --merge " + shard + " " + shard, shard + " and " + shard + " are both shard 0/2");
        assertRefused("sweep --merge " + whole, whole + ": a whole sweep's JSON, not a shard's (no \"shard\" field); "
                + "merge what sweep --shard I/N wrote");
        assertRefused("sweep --merge " + broken, broken + ": settings: gamma must be between 0 and 1, got 2.0");
        assertTrue(run("sweep --merge " + notJson).err().startsWith("agentic-rl sweep: " + notJson + ": not JSON ("));
        assertRefused("sweep --merge " + folder.resolve("missing.json"), folder.resolve("missing.json") + ": no such file");
        assertRefused("sweep --merge " + shard + " --x lambda1=0,1 --episodes 8",
                "--merge takes the grid and its settings from the shards' files; drop --x, --episodes");
        assertRefused(grid + " --shard 2/2", "--shard: shard numbers run from 0 to 1 for 2 shards, got 2");
        assertRefused(grid + " --shard 0/2 --csv", "a shard's result is JSON, which --merge reads; drop --csv");
    }

    private static void assertRefused(String line, String reason) {
        CliRun run = run(line);
        assertEquals(2, run.code(), line + " -> " + run.out() + run.err());
        assertEquals("agentic-rl sweep: " + reason, run.err().strip().replace(" (see --help)", ""));
    }

    @Test
    void theTextIsATablePerMetricAndTheSpeed() {
        CliRun run = run("sweep --x lambda1=0,0.1 --y lambda2=0.01,1,2 --episodes 16 --seeds 2 --eval 10 --threads 2");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("lambda1 x lambda2: 6 cells, 2 seeds each (training seeds 0 to 1), 16 training episodes per run,",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("evaluated on 10 fresh episodes;"), lines.get(1));
        for (String title : List.of("success rate (mean of 2 seeds)", "calculator rate (mean of 2 seeds)",
                "KL to the reference (mean of 2 seeds)")) {
            int at = lines.indexOf(title);
            assertTrue(at > 0, title + " in\n" + run.out());
            assertTrue(lines.get(at + 1).matches("lambda2 \\\\ lambda1 +0 +0\\.1"), lines.get(at + 1));
            for (int row = 0; row < 3; row++) {
                assertTrue(lines.get(at + 2 + row).matches(List.of("0.01", "1", "2").get(row)
                        + " +[0-9.]+%? +[0-9.]+%?"), lines.get(at + 2 + row));
            }
        }
        assertTrue(lines.get(lines.size() - 1).matches(
                "6 cells \\(12 runs, 192 training episodes\\) in [0-9.]+ s on 2 threads: [0-9.]+ cells/s"),
                lines.get(lines.size() - 1));
    }

    @Test
    void theCsvHasARowPerRunWithTheJsonsNumbers() throws Exception {
        String line = "sweep --x gamma=0.5,0.99 --y lr=1,3 --episodes 16 --seeds 2 --eval 10";
        CliRun csv = run(line + " --csv");
        assertEquals(0, csv.code(), csv.err());
        List<String> rows = csv.out().lines().toList();
        assertEquals("gamma,lr,seed,episodes,successRate,calculatorRate,meanReturn,meanSteps,klToReference,finalLoss,"
                + "diverged", rows.get(0));
        assertEquals(1 + 4 * 2, rows.size());
        List<String> fromJson = new ArrayList<>();
        for (JsonNode cell : json(line + " --json").get("cells")) {
            for (JsonNode seed : cell.get("seeds")) {
                List<String> fields = new ArrayList<>(List.of(cell.get("x").asText(), cell.get("y").asText(),
                        seed.get("seed").asText(), seed.get("episodes").asText()));
                METRICS.forEach(metric -> fields.add(String.valueOf(seed.get(metric).doubleValue())));
                fields.add("false");
                fromJson.add(String.join(",", fields));
            }
        }
        assertEquals(fromJson, rows.subList(1, rows.size()));
    }

    @Test
    void aDivergedRunIsReportedWithoutNaN() throws Exception {
        String line = "sweep --x lr=3,1e308 --y lambda2=0.01 --clip 0 --episodes 40 --seeds 1 --eval 10";
        CliRun json = run(line + " --json");
        assertEquals(0, json.code(), json.err());
        JsonNode cells = json.json().get("cells");
        assertTrue(cells.get(0).get("seeds").get(0).get("divergence").isNull());
        JsonNode diverged = cells.get(1).get("seeds").get(0);
        assertTrue(diverged.get("divergence").get("advice").asText().contains("lower the learning rate"));
        assertTrue(diverged.get("episodes").intValue() < 40);
        CliRun text = run(line);
        for (CliRun output : List.of(json, text, run(line + " --csv"))) {
            assertFalse(output.out().contains("NaN") || output.out().contains("Infinity"), output.out());
        }
        assertTrue(text.out().contains("%!") && text.out().contains("! a seed of this cell diverged"), text.out());
    }

    @Test
    void benchTimesTheDefaultGridOnOneThreadAndOnEveryCoreOnlyWhenAsked() throws Exception {
        String bench = "bench --generations 10 --episodes 5 --train-episodes 8 --json";
        assertTrue(json(bench).get("sweep").isNull());
        JsonNode sweep = json(bench + " --sweep --sweep-episodes 8").get("sweep");
        assertEquals(List.of(42, 126, 42 * 3 * 8), List.of(sweep.get("cells").intValue(), sweep.get("runs").intValue(),
                sweep.get("trainingEpisodes").intValue()), "the default grid, with 8 episodes per run");
        assertEquals(Runtime.getRuntime().availableProcessors(), sweep.get("threads").intValue());
        assertEquals(sweep.get("cellsPerSecond").doubleValue() / sweep.get("oneThreadCellsPerSecond").doubleValue(),
                sweep.get("speedUp").doubleValue(), 1e-9);
        CliRun text = run("bench --generations 10 --episodes 5 --train-episodes 8 --sweep --sweep-episodes 8");
        assertTrue(text.out().lines().anyMatch(line -> line.matches("sweep cells/s +[0-9.]+ on 1 thread, [0-9.]+ on "
                + "[0-9]+ threads?: [0-9.]+x  \\(42 cells, 126 runs, 1,008 training episodes\\)")), text.out());
        assertEquals(2, run(bench + " --sweep --sweep-episodes 0").code());
    }

    private static String listed(SweepAxis axis) {
        return axis.parameter().id() + "=" + axis.values().stream().map(Arguments::plain).collect(Collectors.joining(","));
    }

    @Test
    void theHelpNamesTheEnginesDefaultsAndTheOptionsTrainTakes() {
        String help = run("sweep --help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("(default " + listed(SweepPlan.DEFAULT_X) + ")"), help);
        assertTrue(help.contains("(default " + listed(SweepPlan.DEFAULT_Y) + ")"), help);
        assertTrue(help.contains("(rounded up to whole groups; default " + SweepPlan.DEFAULT_EPISODES + ")"), help);
        assertTrue(help.contains("runs per cell, 1 to " + SweepPlan.MAX_SEEDS + " (default " + SweepPlan.DEFAULT_SEEDS
                + ")"), help);
        String train = run("train --help").out().replaceAll("\\s+", " ");
        for (String option : List.of("--lr", "--optimizer", "--advantage", "--group", "--clip", "--lambda1", "--lambda2",
                "--reward", "--sft", "--kl", "--scenario", "--json")) {
            String described = train.substring(train.lastIndexOf(option), train.lastIndexOf(option) + 40);
            assertTrue(help.contains(described), option + " as train describes it: " + described);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sweep --x foo=1,2 | --x: unknown sweep setting 'foo'; use one of: lambda1, lambda2, lr, group, gamma",
        "sweep --x LAMBDA1=1 | --x: unknown sweep setting 'LAMBDA1'; use one of: lambda1, lambda2, lr, group, gamma",
        "sweep --x lambda1 | --x takes NAME=V1,V2,... (e.g. lambda1=0,0.1,1), got 'lambda1'",
        "sweep --x lambda1= | --x: lambda1 has no values; list them after '=', e.g. lambda1=1,2",
        "sweep --x lambda1=0,11 | --x: lambda1 must be between 0 and 10.0, got 11.0",
        "sweep --y lambda2=-0.5 | --y: lambda2 must be between 0 and 10.0, got -0.5",
        "sweep --x lr=0,1 | --x: the learning rate must be a positive finite number, got 0.0",
        "sweep --y gamma=0.9,1.5 | --y: gamma must be between 0 and 1, got 1.5",
        "sweep --y group=2.5 | --y: the group size must be a whole number from 1 to 256, got 2.5",
        "sweep --y group=1,8 | --y: the group size must be between 2 and 256 for grpo, which compares the episodes of a group, got 1",
        "sweep --advantage reinforce --y group=0 | --y: the group size must be between 1 and 256, got 0",
        "sweep --x lambda1=0,0.1,0.10 | --x: lambda1 lists 0.1 twice",
        "sweep --x lambda1=0,-0 | --x: lambda1 lists 0.0 twice",
        "sweep --x lambda1=1,,2 | --x: '' is not a number (use the digits 0-9 and '.' as the decimal point, e.g. 0.5 or 1e-3)",
        "sweep --x lambda1=1,٣ | --x: '٣' is not a number (use the digits 0-9 and '.' as the decimal point, e.g. 0.5 or 1e-3)",
        "sweep --x lambda1=NaN | --x: 'NaN' is not a number (use the digits 0-9 and '.' as the decimal point, e.g. 0.5 or 1e-3)",
        "sweep --x lr=1 --y lr=2 | the x and y axes both sweep lr; sweep two different settings",
        "sweep --x lambda2=0,1 | --x sweeps lambda2, which --y sweeps by default; give --y another setting",
        "sweep --y lambda1=0,1 | --y sweeps lambda1, which --x sweeps by default; give --x another setting",
        "sweep --x lr=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21 --y gamma=0,0.05,0.1,0.15,0.2,0.25,0.3,0.35,"
            + "0.4,0.45,0.5,0.55,0.6,0.65,0.7,0.75,0.8,0.85,0.9,0.95 | the axes make 21 x 20 = 420 cells; a sweep has at most 400",
        "sweep --x lambda1=0,1 --lambda1 0.5 | --lambda1 sets lambda1 for every run, which --x sweeps; drop one of them",
        "sweep --x lr=1,2 --y group=4,8 --group 4 | --group sets group for every run, which --y sweeps; drop one of them",
        "sweep --seeds 0 | --seeds must be between 1 and 100, got 0",
        "sweep --seeds 101 | --seeds must be between 1 and 100, got 101",
        "sweep --episodes 0 | --episodes must be between 1 and 1000000, got 0",
        "sweep --eval 0 | --eval must be between 1 and 100000, got 0",
        "sweep --threads 0 | --threads must be between 1 and 256, got 0",
        "sweep --threads 257 | --threads must be between 1 and 256, got 257",
        "sweep --seed -1 | --seed must be between 0 and 4294967295, got -1",
        "sweep --lr 0 | --lr must be a positive finite number, got 0.0",
        "sweep --json --csv | --json and --csv are two formats; choose one",
        "sweep --kl k4 | unknown KL variant 'k4'; use one of: notebook, exact, k1, k2, k3",
        "sweep --x lambda1=1 --scenario missing.json | missing.json: no such file"
    })
    void badAxesAndOptionsExitTwoWithTheReasonOnOneLine(String line, String reason) {
        CliRun run = run(line.strip());
        assertEquals(2, run.code(), line + " -> " + run.out() + run.err());
        assertEquals("", run.out());
        String expected = "agentic-rl sweep: " + reason.strip();
        assertTrue(run.err().strip().equals(expected + " (see --help)") || run.err().strip().equals(expected),
                run.err());
    }
}

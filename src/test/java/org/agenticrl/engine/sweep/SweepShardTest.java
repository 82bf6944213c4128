package org.agenticrl.engine.sweep;

import static org.agenticrl.engine.sweep.SweepParameter.LAMBDA1;
import static org.agenticrl.engine.sweep.SweepParameter.LAMBDA2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.sweep.SweepResult.Outcome;
import org.agenticrl.engine.training.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A grid split into shards, each swept on its own, and joined again: the whole sweep's cells, bit for bit. */
class SweepShardTest {
    private static final Scenario SEED = ScenarioLoader.seed();
    /** Three by two cells, two seeds each: cells that differ from each other. */
    private static final SweepPlan PLAN = new SweepPlan(SweepAxis.of(LAMBDA1, 0, 0.1, 1), SweepAxis.of(LAMBDA2, 0.01, 2),
            TrainingConfig.defaults().withSeed(11), 48, 2, 60);

    private static SweepResult sweep(SweepShard shard, int threads) throws InterruptedException {
        Sweep sweep = new Sweep(SEED, PLAN, shard, threads);
        sweep.start(new SweepListener() {
        });
        return sweep.await();
    }

    private static SweepMerge.Part part(SweepResult result, SweepShard shard) {
        return new SweepMerge.Part("shard-" + shard.index() + ".json", result.plan(), shard, SEED.id(), result.cells(),
                result.threads(), result.seconds());
    }

    /** A cell as a shard's file holds it: no agent, no curve. */
    private static SweepCell asRead(SweepCell cell) {
        return SweepCell.of(PLAN, PLAN.cell(cell.xIndex(), cell.yIndex()), cell.seeds(), null, List.of());
    }

    @Test
    void shardsDealTheCellsOutInTurn() {
        assertEquals(List.of(0, 3), new SweepShard(0, 3).cells(PLAN));
        assertEquals(List.of(2, 5), new SweepShard(2, 3).cells(PLAN));
        assertEquals(List.of(5), new SweepShard(5, 8).cells(PLAN));
        assertEquals(List.of(), new SweepShard(7, 8).cells(PLAN), "more shards than cells: the last ones are empty");
        assertEquals(List.of(0, 1, 2, 3, 4, 5), SweepShard.WHOLE.cells(PLAN));
    }

    @Test
    void theMergedShardsAreTheWholeSweepBitForBit() throws Exception {
        SweepResult whole = sweep(SweepShard.WHOLE, 2);
        List<SweepMerge.Part> parts = new ArrayList<>();
        for (int index : List.of(2, 0, 1)) {
            SweepShard shard = new SweepShard(index, 3);
            SweepResult result = sweep(shard, 1);
            assertEquals(Outcome.COMPLETED, result.outcome());
            assertEquals(shard.cells(PLAN), result.cells().stream().map(c -> PLAN.cell(c.xIndex(), c.yIndex())).toList());
            parts.add(part(result, shard));
        }

        SweepResult merged = SweepMerge.merge(parts);

        assertEquals(whole.plan(), merged.plan());
        assertEquals(whole.cells().stream().map(SweepShardTest::asRead).toList(),
                merged.cells().stream().map(SweepShardTest::asRead).toList());
        assertEquals(whole.cells().stream().map(SweepCell::mean).toList(),
                merged.cells().stream().map(SweepCell::mean).toList());
        assertEquals(Outcome.COMPLETED, merged.outcome());
        assertEquals(3, merged.threads(), "every shard's threads together");
        assertEquals(parts.stream().mapToDouble(SweepMerge.Part::seconds).max().orElseThrow(), merged.seconds());
    }

    @Test
    void anEmptyShardCompletesAtOnce() throws Exception {
        SweepResult empty = sweep(new SweepShard(7, 8), 4);

        assertEquals(Outcome.COMPLETED, empty.outcome());
        assertEquals(List.of(), empty.cells());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0/4 | 0 | 4",
        "3/4 | 3 | 4",
        "0/1 | 0 | 1",
    })
    void aShardIsWrittenIndexSlashCount(String text, int index, int count) {
        assertEquals(new SweepShard(index, count), SweepShard.parse(text));
        assertEquals(text, SweepShard.parse(text).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4/4 | shard numbers run from 0 to 3 for 4 shards, got 4",
        "1/0 | a sweep splits into 1 to 400 shards, got 0",
        "0/401 | a sweep splits into 1 to 400 shards, got 401",
        "-1/4 | a shard is written I/N, shard I of N counted from 0 (e.g. 0/4 to 3/4), got '-1/4'",
        "1 | a shard is written I/N, shard I of N counted from 0 (e.g. 0/4 to 3/4), got '1'",
        "a/b | a shard is written I/N, shard I of N counted from 0 (e.g. 0/4 to 3/4), got 'a/b'",
        "1/2/3 | a shard is written I/N, shard I of N counted from 0 (e.g. 0/4 to 3/4), got '1/2/3'",
    })
    void aBadShardIsRefusedWithTheReason(String text, String reason) {
        assertEquals(reason, assertThrows(IllegalArgumentException.class, () -> SweepShard.parse(text)).getMessage());
    }

    @Test
    void partsThatAreNotTheShardsOfOneSweepAreRefusedNamingTheFile() throws Exception {
        SweepResult first = sweep(new SweepShard(0, 2), 2);
        SweepResult second = sweep(new SweepShard(1, 2), 2);
        SweepMerge.Part a = part(first, new SweepShard(0, 2));
        SweepMerge.Part b = part(second, new SweepShard(1, 2));
        assertEquals(PLAN.cells(), SweepMerge.merge(List.of(b, a)).cells().size());

        assertTrue(refusal(List.of(a)).contains("shard 1/2 missing"));
        assertTrue(refusal(List.of(a, a, b)).contains("shard-0.json and shard-0.json are both shard 0/2"));
        SweepPlan other = new SweepPlan(PLAN.x(), SweepAxis.of(LAMBDA2, 0.01, 1), PLAN.base(), 48, 2, 60);
        assertTrue(refusal(List.of(a, new SweepMerge.Part("other.json", other, b.shard(), SEED.id(), List.of(), 1, 1)))
                .startsWith("other.json is not a shard of the same sweep as shard-0.json: another grid"));
        assertTrue(refusal(List.of(a, new SweepMerge.Part("b.json", PLAN, b.shard(), "weather", b.cells(), 1, 1)))
                .contains("scenario weather against " + SEED.id()));
        assertTrue(refusal(List.of(a, new SweepMerge.Part("b.json", PLAN, b.shard(), SEED.id(), a.cells(), 1, 1)))
                .startsWith("b.json holds cells [0, 2, 4], but shard 1/2 of this grid has cells [1, 3, 5]"));
        assertTrue(refusal(List.of()).contains("give the file of every shard"));
    }

    private static String refusal(List<SweepMerge.Part> parts) {
        return assertThrows(IllegalArgumentException.class, () -> SweepMerge.merge(parts)).getMessage();
    }
}

package org.agenticrl.engine.numeric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.agenticrl.engine.SeedReference;
import org.junit.jupiter.api.Test;

class NumpyRandomTest {

    @Test
    void randomSampleEqualsNumpyBitForBitForEverySeedInTheFixture() {
        JsonNode samples = SeedReference.get("randomSamples");
        int seeds = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = samples.fields(); it.hasNext(); seeds++) {
            Map.Entry<String, JsonNode> entry = it.next();
            NumpyRandom random = new NumpyRandom(Long.parseLong(entry.getKey()));
            double[] expected = SeedReference.doubles(entry.getValue());
            double[] actual = new double[expected.length];
            for (int i = 0; i < actual.length; i++) {
                actual[i] = random.randomSample();
            }
            assertArrayEquals(expected, actual, 0.0, "seed " + entry.getKey());
        }
        assertEquals(9, seeds);
    }

    @Test
    void seedsOutsideNumpysRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NumpyRandom(-1));
        assertThrows(IllegalArgumentException.class, () -> new NumpyRandom(1L << 32));
    }

    @Test
    void choiceTakesTheFirstIndexWhoseCdfExceedsTheDraw() {
        double[] cdf = NumpyMath.choiceCdf(new double[] {0.2, 0.3, 0.5});
        assertEquals(0, NumpyMath.searchSortedRight(cdf, 0.0));
        assertEquals(1, NumpyMath.searchSortedRight(cdf, 0.2));
        assertEquals(2, NumpyMath.searchSortedRight(cdf, 0.75));
        assertEquals(1.0, cdf[2], 0.0);
    }

    @Test
    void pairwiseSumDiffersFromALeftToRightSumWhereNumpysDoes() {
        double[] row = new double[22];
        java.util.Arrays.fill(row, 0.01);
        row[2] = 0.8;
        assertEquals(1.01, NumpyMath.sum(row), 0.0);
        assertEquals(1.0100000000000002, NumpyMath.sequentialSum(row), 0.0);
    }
}

package dev.kiln.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void geomean() {
        assertEquals(4, Stats.geomean(List.of(2.0, 8.0)).getAsDouble(), 1e-12);
        assertTrue(Stats.geomean(List.of()).isEmpty());
    }

    @Test
    void median() {
        assertEquals(2, Stats.median(new double[] {3, 1, 2}));
        assertEquals(2.5, Stats.median(new double[] {4, 1, 2, 3}));
    }

    @Test
    void scoresAreFormattedLikeBaseJs() {
        assertEquals("1037", Stats.score(1037.4));
        assertEquals("39.7", Stats.score(39.71));
        assertEquals("0.0250", Stats.score(0.025));
        assertEquals("100", Stats.score(100));
    }
}

package dev.kiln.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OctaneResultTest {
    private static final Launch.Outcome OK = new Launch.Outcome(0, false, 2_000_000_000L);

    @Test
    void readsEveryRoundOfEveryMetric() {
        OctaneResult result = new OctaneResult(3, List.of(
                "@info v20.20.2",
                "@score 0 Splay 431",
                "@score 0 SplayLatency 499",
                "some output of the program",
                "@score 1 Splay 636",
                "@score 2 Splay 12.5",
                "@score 2 SplayLatency 563"), List.of(), OK);
        assertEquals(431, result.cold("Splay").getAsDouble());
        assertEquals(12.5, result.warm("Splay").getAsDouble());
        assertEquals(563, result.warm("SplayLatency").getAsDouble());
        assertTrue(result.score("SplayLatency", 1).isEmpty());
        assertEquals(2, result.completedRounds("SplayLatency"));
        assertEquals(Optional.of("v20.20.2"), result.info());
        assertEquals(2.0, result.seconds());
    }

    @Test
    void aHarnessErrorExplainsEveryMissingScore() {
        OctaneResult result = new OctaneResult(2, List.of("@error 0 zlib TypeError: x is not a function"),
                List.of(), OK);
        assertEquals(Optional.of("TypeError: x is not a function"), result.whyMissing("zlib", 0));
        assertEquals(Optional.of("TypeError: x is not a function"), result.whyMissing("zlib", 1));
    }

    @Test
    void aTimeoutKeepsTheRoundsThatFinished() {
        OctaneResult result = new OctaneResult(4, List.of("@score 0 Typescript 1938", "@score 1 Typescript 2084"),
                List.of(), new Launch.Outcome(-1, true, 420_000_000_000L));
        assertEquals(1938, result.cold("Typescript").getAsDouble());
        assertTrue(result.warm("Typescript").isEmpty());
        assertEquals(Optional.of("timeout after 420 s (2/4 rounds)"), result.whyMissing("Typescript", 3));
        assertTrue(result.whyMissing("Typescript", 0).isEmpty());
    }

    @Test
    void aFailedProcessShowsTheErrorLineNotTheWarnings() {
        OctaneResult result = new OctaneResult(1, List.of(), List.of(
                "WARNING: A terminally deprecated method in sun.misc.Unsafe has been called",
                "Error: Could not find or load main class dev.kiln.cli.Main",
                "Caused by: java.lang.ClassNotFoundException: dev.kiln.cli.Main"), new Launch.Outcome(1, false, 1));
        assertEquals(Optional.of("Error: Could not find or load main class dev.kiln.cli.Main"),
                result.whyMissing("Richards", 0));
    }

    @Test
    void aDriverErrorLosesItsPrefix() {
        assertEquals("EcmaError: ReferenceError: \"x\" is not defined.",
                OctaneResult.processError(List.of("error: EcmaError: ReferenceError: \"x\" is not defined."), 1));
        assertEquals("Killed", OctaneResult.processError(List.of("", "Killed", "  "), 137));
        assertEquals("Unknown option: '-p'", OctaneResult.processError(List.of(
                "Unknown option: '-p'", "Usage: kiln [-hV] [--module] FILE", "  -V, --version   Print version."), 2));
        assertEquals("exit status 3", OctaneResult.processError(List.of(), 3));
    }

    @Test
    void malformedScoreLinesAreReportedNotThrown() {
        OctaneResult result = new OctaneResult(1, List.of("@score zero Richards 12", "@score 0 Richards NaNish"),
                List.of(), OK);
        assertTrue(result.cold("Richards").isEmpty());
        assertTrue(result.whyMissing("Richards", 0).orElseThrow().startsWith("malformed score line"));
    }

    @Test
    void cellErrorsAreShortened() {
        String shortened = OctaneResult.shorten("x".repeat(200));
        assertEquals(60, shortened.length());
        assertTrue(shortened.endsWith("…"));
        assertFalse(OctaneResult.shorten("short").endsWith("…"));
    }
}

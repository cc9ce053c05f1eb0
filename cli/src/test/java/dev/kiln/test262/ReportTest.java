package dev.kiln.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static final List<TestResult> RESULTS = List.of(
            TestResult.passed("test/language/expressions/a.js"),
            TestResult.passed("test/language/expressions/b/c.js"),
            TestResult.failed("test/language/expressions/d.js", List.of(new ModeFailure(Mode.STRICT, "why"))),
            TestResult.skipped("test/built-ins/Temporal/e.js", "feature Temporal"));

    @Test
    void summaryLineHasTwoDecimals() {
        assertEquals("test262: 2 passed, 1 failed, 1 skipped (66.67% of 3)", Report.summary(RESULTS));
        assertEquals("test262: 0 passed, 0 failed, 0 skipped (0.00% of 0)", Report.summary(List.of()));
    }

    @Test
    void tableHasARowPerFolderAndATotal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Report.table(RESULTS, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(String.join(System.lineSeparator(),
                "folder                 passed   failed  skipped        %",
                "built-ins/Temporal          0        0        1     0.00",
                "language/expressions        2        1        0    66.67",
                "total                       2        1        1    66.67", ""),
                bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void failuresListPathModeAndMessage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Report.failures(RESULTS, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals("FAIL test/language/expressions/d.js [strict] why" + System.lineSeparator(),
                bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void causesCountFailingTestsPerMessageWithoutPositions() {
        List<TestResult> results = List.of(
                TestResult.failed("test/a.js", List.of(new ModeFailure(Mode.NON_STRICT, "TypeError: x (at 3:1)"),
                        new ModeFailure(Mode.STRICT, "TypeError: x (at 3:1)"))),
                TestResult.failed("test/b.js", List.of(new ModeFailure(Mode.STRICT, "TypeError: x (at harness/h.js:9:5)"))),
                TestResult.failed("test/c.js", List.of(new ModeFailure(Mode.STRICT, "other"))),
                TestResult.passed("test/d.js"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Report.causes(results, 1, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(String.join(System.lineSeparator(),
                "2 causes of failure; the 1 most common (failing tests, cause):",
                "      2  TypeError: x", ""), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void slowestTestsComeFirst() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Report.slowest(RESULTS, new Duration[] {Duration.ofMillis(10), Duration.ofMillis(2500),
                Duration.ZERO, Duration.ofMillis(20)}, 2, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(String.join(System.lineSeparator(),
                "the 2 slowest tests (seconds, all modes):",
                "   2.50  test/language/expressions/b/c.js",
                "   0.02  test/built-ins/Temporal/e.js", ""), bytes.toString(StandardCharsets.UTF_8));
    }
}

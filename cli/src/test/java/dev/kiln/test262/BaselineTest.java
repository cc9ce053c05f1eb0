package dev.kiln.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @TempDir
    Path dir;

    private Baseline baseline(String... lines) throws IOException {
        Path file = dir.resolve("baseline-parse.txt");
        Files.write(file, List.of(lines));
        return Baseline.read(file);
    }

    private static TestResult failed(String name, String message) {
        return TestResult.failed(name, List.of(new ModeFailure(Mode.STRICT, message)));
    }

    @Test
    void readsPathsAndReasons() throws IOException {
        Baseline b = baseline("# header", "", "test/a.js  [strict] reason one", "test/b.js grouped reason");
        assertEquals(Map.of("test/a.js", "[strict] reason one", "test/b.js", "grouped reason"), b.reasons());
        assertTrue(Baseline.read(dir.resolve("missing.txt")).reasons().isEmpty());
        assertThrows(IOException.class, () -> baseline("test/a.js"));
        assertThrows(IOException.class, () -> baseline("test/a.js x", "test/a.js y"));
    }

    @Test
    void comparesOnlyWithinTheScopeOfTheRun() throws IOException {
        Baseline b = baseline("test/language/a.js known", "test/language/b.js known",
                "test/language/gone.js known", "test/built-ins/c.js known");
        List<TestResult> run = List.of(
                failed("test/language/a.js", "still failing"),
                TestResult.passed("test/language/b.js"),
                failed("test/language/new.js", "new failure"));
        Baseline.Comparison c = b.compare(run, new Scope(List.of("test/language")));
        assertEquals(List.of("test/language/new.js"), c.newFailures().stream().map(TestResult::name).toList());
        assertEquals(List.of("test/language/b.js", "test/language/gone.js"), c.nowPassing());
        assertFalse(c.ok());
        assertTrue(b.compare(run.subList(0, 2), new Scope(List.of("test/language"))).ok());
    }

    @Test
    void updateKeepsReasonsAndEntriesOutsideTheRun() throws IOException {
        Baseline b = baseline("test/language/a.js edited reason", "test/language/b.js known",
                "test/language/skipped.js known", "test/built-ins/c.js known");
        List<TestResult> run = List.of(
                failed("test/language/a.js", "message"),
                TestResult.passed("test/language/b.js"),
                TestResult.skipped("test/language/skipped.js", "feature x"),
                failed("test/language/new.js", "new message"));
        Baseline updated = b.updatedWith(run, new Scope(List.of("test/language")));
        assertEquals(Map.of(
                "test/built-ins/c.js", "known",
                "test/language/a.js", "edited reason",
                "test/language/new.js", "[strict] new message",
                "test/language/skipped.js", "known"), updated.reasons());

        Path file = dir.resolve("out/baseline-parse.txt");
        updated.write(file, "./test262 --parse-only");
        assertEquals(updated.reasons(), Baseline.read(file).reasons());
        assertTrue(Files.readString(file).startsWith("# Tests that `./test262 --parse-only` is known to fail"));
    }

    @Test
    void scopeMatchesFilesAndFolders() {
        Scope scope = new Scope(List.of("test/language/expressions", "test/built-ins/Array/from.js"));
        assertTrue(scope.contains("test/language/expressions/a.js"));
        assertFalse(scope.contains("test/language/expressions-extra/a.js"));
        assertTrue(scope.contains("test/built-ins/Array/from.js"));
        assertFalse(scope.contains("test/built-ins/Array/of.js"));
        assertTrue(new Scope(List.of("")).contains("test/x.js"));
    }

    @Test
    void reasonGroupsModesWithTheSameMessage() {
        TestResult r = TestResult.failed("t.js", List.of(
                new ModeFailure(Mode.NON_STRICT, "parsed, but a SyntaxError was expected"),
                new ModeFailure(Mode.STRICT, "parsed, but a SyntaxError was expected")));
        assertEquals("[non-strict, strict] parsed, but a SyntaxError was expected", r.reason());
        TestResult different = TestResult.failed("t.js", List.of(
                new ModeFailure(Mode.NON_STRICT, "one\n  line"), new ModeFailure(Mode.STRICT, "two")));
        assertEquals("[non-strict] one line | [strict] two", different.reason());
        assertEquals("[all] bad frontmatter: x",
                TestResult.failed("t.js", List.of(new ModeFailure(null, "bad frontmatter: x"))).reason());
    }

    @Test
    void writesGroupsByCauseMostCommonFirst() throws IOException {
        Path file = dir.resolve("grouped.txt");
        Files.write(file, List.of(
                "test/b.js [strict] TypeError: x (at 3:1)",
                "test/a.js [non-strict] other",
                "test/c.js [non-strict, strict] TypeError: x (at harness/h.js:9:1) | [module] more"));
        Baseline.read(file).write(file, "./test262");
        List<String> lines = Files.readAllLines(file);
        assertEquals(List.of(
                "",
                "# 2 tests: TypeError: x",
                "test/b.js [strict] TypeError: x (at 3:1)",
                "test/c.js [non-strict, strict] TypeError: x (at harness/h.js:9:1) | [module] more",
                "",
                "# 1 test: other",
                "test/a.js [non-strict] other"), lines.subList(4, lines.size()));
        assertEquals(3, Baseline.read(file).reasons().size());
    }
}

package dev.kiln.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command end to end, with the real parser, on a small suite of its own. */
class Test262Test {
    @TempDir
    Path dir;
    Path suite;
    Path project;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void suite() throws IOException {
        suite = dir.resolve("suite");
        project = Files.createDirectories(dir.resolve("kiln"));
        test("language/a/parses.js", "flags: [onlyStrict]", "var x = 1;");
        test("language/a/rejects.js", "negative:\n  phase: parse\n  type: SyntaxError", "$DONOTEVALUATE();\nvar var;");
        test("language/b/runtime-negative.js", "negative:\n  phase: runtime\n  type: ReferenceError", "x;");
        test("language/b/module.js", "flags: [module]", "export default 1;");
        test("language/b/strict-only-error.js", "", "var public = 1;"); // a SyntaxError in the strict run
        test("language/b/dep_FIXTURE.js", "", "not a test ((");
        Files.createDirectories(suite.resolve("test/built-ins")); // the rest of the default paths
        Files.createDirectories(suite.resolve("test/annexB"));
    }

    private void test(String path, String frontmatter, String body) throws IOException {
        Path file = suite.resolve("test").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "/*---\n" + frontmatter + "\n---*/\n" + body + "\n");
    }

    private int test262(String... args) {
        return Test262.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<String> outLines() {
        return out().lines().toList();
    }

    @Test
    void runsEveryModeAndEndsWithTheSummary() {
        int exit = test262("--parse-only", "--root", suite.toString(), "--project", project.toString(), "-v", "test");
        assertEquals(Test262.EXIT_FAILURES, exit);
        List<String> lines = outLines();
        assertEquals("test262: 4 passed, 1 failed, 0 skipped (80.00% of 5)", lines.get(lines.size() - 1));
        assertTrue(lines.contains("FAIL test/language/b/strict-only-error.js [strict] "
                + "unexpected SyntaxError at 4:5: Unexpected strict mode reserved word"), out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("language/a +2 +0 +0 +100\\.00")), out());
    }

    @Test
    void checksAgainstTheBaselineAndUpdatesIt() throws IOException {
        String[] check = {"--parse-only", "--root", suite.toString(), "--project", project.toString(), "--check"};
        assertEquals(Test262.EXIT_FAILURES, test262(check));
        assertTrue(out().contains("1 NEW FAILURES"), out());

        String[] update = {"--parse-only", "--root", suite.toString(), "--project", project.toString(),
                "--update-baseline", "test/language"};
        assertEquals(Test262.EXIT_FAILURES, test262(update));
        Path baseline = project.resolve("conformance/baseline-parse.txt");
        assertEquals(List.of("test/language/b/strict-only-error.js"), List.copyOf(Baseline.read(baseline).reasons().keySet()));

        out.reset();
        assertEquals(0, test262(check));
        assertTrue(out().contains("baseline check passed"), out());

        Files.writeString(suite.resolve("test/language/b/strict-only-error.js"), "/*---\n---*/\nvar x;\n");
        out.reset();
        assertEquals(0, test262(check));
        assertTrue(outLines().contains("PASS test/language/b/strict-only-error.js"), out());
    }

    @Test
    void aMissingSuiteIsSkippedLoudlyUnlessItWasNamed() {
        assertEquals(0, test262("--parse-only", "--project", project.toString(), "--check"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("WARNING: the test262 conformance check was SKIPPED"));
        assertEquals(Test262.EXIT_USAGE, test262("--parse-only", "--root", dir.resolve("nowhere").toString()));
        assertEquals(Test262.EXIT_USAGE, test262("--parse-only", "--root", suite.toString(), "test/missing"));
    }

    @Test
    void runsTestsByDefaultAndSummarizesTheCauses() throws IOException {
        Files.createDirectories(suite.resolve("harness"));
        Files.writeString(suite.resolve("harness/assert.js"), "function assert(v) { if (v !== true) throw new Error('assert'); }");
        Files.writeString(suite.resolve("harness/sta.js"), "function $DONOTEVALUATE() { throw 'not evaluated'; }");
        int exit = test262("--root", suite.toString(), "--project", project.toString(), "--summary", "--update-baseline", "test");
        assertEquals(Test262.EXIT_FAILURES, exit);
        List<String> lines = outLines();
        assertEquals("test262: 3 passed, 2 failed, 0 skipped (60.00% of 5)", lines.get(lines.size() - 1));
        assertTrue(lines.contains("2 causes of failure; the 2 most common (failing tests, cause):"), out());
        assertTrue(lines.contains("      1  " + RunExecutor.MODULES_NOT_COMPILED), out());
        assertEquals(List.of("test/language/b/module.js", "test/language/b/strict-only-error.js"),
                List.copyOf(Baseline.read(project.resolve("conformance/baseline-run.txt")).reasons().keySet()));
    }
}

package dev.kiln.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime executor on tests of its own, with a small harness of the same shape as test262's. */
class RunExecutorTest {
    @TempDir
    Path root;
    private RunExecutor executor;

    @BeforeEach
    void harness() throws IOException {
        harnessFile("sta.js", """
                function Test262Error(message) { this.message = message || ""; }
                function $DONOTEVALUATE() { throw "Test262: This statement should not be evaluated."; }
                """);
        harnessFile("assert.js", """
                function assert(value, message) { if (value !== true) throw new Test262Error(message); }
                assert.sameValue = function (actual, expected, message) {
                  if (actual !== expected) throw new Test262Error(message + ": " + actual + " !== " + expected);
                };
                """);
        harnessFile("doneprintHandle.js", """
                function $DONE(error) {
                  print(error ? 'Test262:AsyncTestFailure:Test262Error: ' + error.message : 'Test262:AsyncTestComplete');
                }
                """);
        harnessFile("double.js", "function double(x) { return 2 * x; }");
        harnessFile("broken.js", "throw new Test262Error('broken harness');");
        executor = new RunExecutor(root);
    }

    private void harnessFile(String name, String text) throws IOException {
        Path file = root.resolve("harness").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static TestCase test(String frontmatter, String body) {
        String text = "/*---\n" + frontmatter + "\n---*/\n" + body + "\n";
        return new TestCase("test/t.js", Path.of("test/t.js"), text, Frontmatter.of(text));
    }

    private Outcome run(TestCase test, Mode mode) {
        return executor.run(test, mode, new Interrupt());
    }

    private Outcome run(String frontmatter, String body) {
        return run(test(frontmatter, body), Mode.NON_STRICT);
    }

    @Test
    void aTestPassesWhenItCompletesAfterTheHarness() {
        assertEquals(Outcome.pass(), run("includes: [double.js]", "assert.sameValue(double(2), 4, 'double');"));
    }

    @Test
    void anUncaughtErrorFailsWithItsConstructorAndMessage() {
        assertEquals(Outcome.fail("Test262Error: sum: 3 !== 4"), run("", "assert.sameValue(1 + 2, 4, 'sum');"));
        assertEquals(Outcome.fail("threw a string: \"Test262: This statement should not be evaluated.\""),
                run("", "$DONOTEVALUATE();"));
    }

    @Test
    void errorsNameTheLineInTheTestFileInEveryMode() {
        TestCase test = test("", "var o;\no.p;");
        for (Mode mode : test.modes()) {
            String message = run(test, mode).message();
            assertTrue(message.startsWith("TypeError: ") && message.contains(" (at 5:"), mode + ": " + message);
        }
    }

    @Test
    void theStrictModeRunsTheTestAsStrictCode() {
        TestCase test = test("", "assert.sameValue((function () { return this; })(), undefined, 'this');");
        assertEquals(Outcome.pass(), run(test, Mode.STRICT));
        assertTrue(run(test, Mode.NON_STRICT).message().startsWith("Test262Error: this: "));
    }

    @Test
    void theHarnessRunsAsNonStrictCodeBeforeTheTest() throws IOException {
        harnessFile("sloppy.js", "var harnessThis = (function () { return this; })();");
        assertEquals(Outcome.pass(), run(test("includes: [sloppy.js]", "assert(harnessThis === this, 'sloppy');"), Mode.STRICT));
    }

    @Test
    void aRawTestRunsWithoutTheHarness() {
        assertEquals(Outcome.pass(), run("flags: [raw]", "if (typeof assert !== 'undefined') throw 1;"));
    }

    @Test
    void aHarnessFileThatThrowsFailsTheTest() {
        assertEquals(Outcome.fail("harness/broken.js threw Test262Error: broken harness"), run("includes: [broken.js]", ""));
        assertEquals(Outcome.fail("harness/missing.js: cannot read it: java.nio.file.NoSuchFileException: "
                + root.resolve("harness/missing.js")), run("includes: [missing.js]", ""));
    }

    @Test
    void parseNegativeTestsMustNotCompile() {
        String negative = "negative:\n  phase: parse\n  type: SyntaxError";
        assertEquals(Outcome.pass(), run(negative, "$DONOTEVALUATE();\nvar var;"));
        assertEquals(Outcome.fail("compiled, but a SyntaxError was expected at parse time"), run(negative, "var x;"));
        assertEquals(Outcome.fail("unexpected SyntaxError at 4:5: Unexpected token 'var'"), run("", "var var;"));
    }

    @Test
    void runtimeNegativeTestsMustThrowTheNamedError() {
        String negative = "negative:\n  phase: runtime\n  type: ReferenceError";
        assertEquals(Outcome.pass(), run(negative, "unresolvable;"));
        assertEquals(Outcome.fail("completed, but a ReferenceError was expected"), run(negative, "var x;"));
        assertEquals(Outcome.fail("threw Test262Error: no, but a ReferenceError was expected"),
                run(negative, "throw new Test262Error('no');"));
        assertEquals(Outcome.pass(), run("negative:\n  phase: runtime\n  type: Test262Error", "throw new Test262Error();"));
    }

    @Test
    void theExpectedTypeIsReadWithoutRunningGetters() {
        String negative = "negative:\n  phase: runtime\n  type: TypeError";
        String body = """
                var e = new TypeError('x');
                Object.defineProperty(e, 'constructor', { get: function () { throw new Test262Error('getter ran'); } });
                throw e;
                """;
        String message = run(negative, body).message();
        assertTrue(message.startsWith("threw an object without a constructor name: x (at 6:")
                && message.endsWith("), but a TypeError was expected"), message);
    }

    @Test
    void asyncTestsPassOnlyByPrintingCompletion() {
        assertEquals(Outcome.pass(), run("flags: [async]", "$DONE();"));
        assertEquals(Outcome.fail("Test262:AsyncTestFailure:Test262Error: late"), run("flags: [async]", "$DONE(new Test262Error('late'));"));
        assertEquals(Outcome.fail("the async test never printed Test262:AsyncTestComplete"), run("flags: [async]", ""));
    }

    @Test
    void moduleTestsWaitForTheModuleCompiler() {
        assertEquals(Outcome.fail(RunExecutor.MODULES_NOT_COMPILED), run(test("flags: [module]", "export var x;"), Mode.MODULE));
    }

    @Test
    void host262() {
        assertEquals(Outcome.pass(), run("", """
                assert.sameValue($262.global, this, 'global');
                var other = $262.createRealm();
                assert(other.global !== this && other.global.$262 === other, 'createRealm');
                assert.sameValue(other.evalScript('var inOther = 7; inOther'), 7, 'evalScript completion');
                assert.sameValue(other.global.inOther, 7, 'evalScript in its realm');
                assert.sameValue(typeof inOther, 'undefined', 'not in this realm');
                var caught;
                try { $262.evalScript('var;'); } catch (e) { caught = e; }
                assert(caught instanceof SyntaxError, 'evalScript SyntaxError of the realm');
                $262.gc();
                try { $262.detachArrayBuffer({}); } catch (e) { caught = e; }
                assert(caught instanceof TypeError, 'detachArrayBuffer');
                var dda = $262.IsHTMLDDA;
                assert.sameValue(typeof dda, 'undefined', 'typeof');
                assert.sameValue(dda(), null, 'call');
                assert.sameValue(dda(''), null, 'call with ""');
                assert(dda == undefined && dda !== undefined, 'loosely undefined');
                print('anything');
                """));
    }

    @Test
    void anInterruptStopsALoopWithItsReason() throws InterruptedException {
        Interrupt interrupt = new Interrupt();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(() -> interrupt.request("timed out after 0.2 s"), 200, TimeUnit.MILLISECONDS);
            assertEquals(Outcome.fail("timed out after 0.2 s"),
                    executor.run(test("", "var other = $262.createRealm(); while (true) {}"), Mode.STRICT, interrupt));
        } finally {
            timer.shutdownNow();
            timer.awaitTermination(1, TimeUnit.SECONDS);
        }
    }
}

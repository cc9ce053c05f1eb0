package dev.kiln.test262;

import dev.kiln.codegen.CompiledScript;
import dev.kiln.codegen.Compiler;
import dev.kiln.codegen.ScriptEvaluator;
import dev.kiln.parser.Source;
import dev.kiln.parser.SyntaxError;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.completion.ScriptTermination;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.realm.Realm;
import java.nio.file.Path;
import java.util.List;

/**
 * The runtime executor, the default mode of {@code ./test262}: runs each test the way
 * INTERPRETING.md describes, in a fresh realm per test and mode, after the harness files it needs,
 * with the host-defined {@code print} and {@code $262} ({@link TestHost}), and judges it by its
 * frontmatter:
 * <ul>
 * <li>a parse-phase negative test must fail to compile with a SyntaxError (and is not run);
 * <li>a runtime negative test must throw a value whose constructor is named as expected;
 * <li>an async test must print {@code Test262:AsyncTestComplete} and no failure;
 * <li>every other test must compile and complete without throwing.
 * </ul>
 * The test compiles before any harness runs, so a parse-phase error is never confused with one
 * of the harness. A test that overruns its time limit is stopped through its realms' interrupt,
 * which compiled code polls on loop back-edges.
 */
final class RunExecutor implements Executor {
    static final String MODULES_NOT_COMPILED = "module code is not compiled yet (the vm-module work)";

    private final Harness harness;

    RunExecutor(Path testRoot) {
        this.harness = new Harness(testRoot);
    }

    @Override
    public String name() {
        return "run";
    }

    @Override
    public Outcome run(TestCase test, Mode mode, Interrupt interrupt) {
        if (mode == Mode.MODULE) return Outcome.fail(MODULES_NOT_COMPILED);
        Negative negative = test.frontmatter().negative();
        boolean parseNegative = negative != null && negative.phase() == Negative.Phase.PARSE;
        CompiledScript script;
        try {
            // The strict mode's prefix makes the text strict; the compiler is told nothing else.
            script = Compiler.compileScript(new Source(test.name(), test.sourceText(mode)), false);
        } catch (SyntaxError e) {
            if (parseNegative && negative.type().equals("SyntaxError")) return Outcome.pass();
            return Outcome.fail("unexpected SyntaxError at " + ParseExecutor.positionInTest(test, mode, e) + ": " + e.problem()
                    + (parseNegative ? " (a " + negative.type() + " was expected)" : ""));
        }
        if (parseNegative) return Outcome.fail("compiled, but a " + negative.type() + " was expected at parse time");

        List<CompiledScript> includes;
        try {
            includes = harness.scriptsFor(test);
        } catch (Harness.HarnessException e) {
            return Outcome.fail(e.getMessage());
        }
        TestHost host = new TestHost(interrupt);
        Realm realm = host.newRealm();
        ScriptEvaluator evaluator = ScriptEvaluator.of(realm);
        int linesAdded = mode.prefix().isEmpty() ? 0 : 1;
        try {
            for (CompiledScript include : includes) {
                try {
                    evaluator.run(include);
                } catch (JSException e) {
                    return Outcome.fail(include.sourceName() + " threw " + ThrownValue.describe(e.value(realm), test.name(), linesAdded));
                }
            }
            Object thrown = null;
            try {
                evaluator.run(script);
            } catch (JSException e) {
                thrown = e.value(realm);
            }
            return judge(test, host, thrown, linesAdded);
        } catch (ScriptTermination e) {
            return Outcome.fail(interrupt.reason() != null ? interrupt.reason() : "terminated: " + e.getMessage());
        }
    }

    private static Outcome judge(TestCase test, TestHost host, Object thrown, int linesAdded) {
        Negative negative = test.frontmatter().negative();
        if (negative != null) { // a runtime negative: resolution is a module phase and modules do not run yet
            if (thrown == null) return Outcome.fail("completed, but a " + negative.type() + " was expected");
            String name = ThrownValue.constructorName(thrown);
            return negative.type().equals(name) ? Outcome.pass()
                    : Outcome.fail("threw " + ThrownValue.describe(thrown, test.name(), linesAdded)
                            + ", but a " + negative.type() + " was expected");
        }
        if (thrown != null) {
            String description = ThrownValue.describe(thrown, test.name(), linesAdded);
            return Outcome.fail(thrown instanceof JSObject ? description : "threw " + description);
        }
        if (test.frontmatter().has(Flag.ASYNC)) return asyncOutcome(host.asyncMessages());
        return Outcome.pass();
    }

    /** INTERPRETING.md, "async": complete only with Test262:AsyncTestComplete and no failure printed. */
    private static Outcome asyncOutcome(List<String> messages) {
        for (String message : messages) {
            if (message.startsWith("Test262:AsyncTestFailure:")) return Outcome.fail(message);
        }
        return messages.contains("Test262:AsyncTestComplete") ? Outcome.pass()
                : Outcome.fail("the async test never printed Test262:AsyncTestComplete");
    }
}

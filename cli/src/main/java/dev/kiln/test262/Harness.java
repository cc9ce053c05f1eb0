package dev.kiln.test262;

import dev.kiln.codegen.CompiledScript;
import dev.kiln.codegen.Compiler;
import dev.kiln.parser.Source;
import dev.kiln.parser.SyntaxError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The harness files of a test262 checkout, each compiled once for the whole run and then
 * defined and run in every test's realm: a {@link CompiledScript} is realm-independent, so the
 * thousands of tests that include assert.js share one compilation of it.
 *
 * <p>Harness files run as non-strict scripts in every mode: INTERPRETING.md applies the strict
 * mode change to the test's own text only, and evaluates the harness in the global scope
 * beforehand.
 */
final class Harness {
    /** INTERPRETING.md, "Test262-Defined Bindings": evaluated before every test that is not raw. */
    private static final List<String> DEFAULT_INCLUDES = List.of("assert.js", "sta.js");
    /** INTERPRETING.md, "async": evaluated after the default includes for async tests. */
    private static final String ASYNC_INCLUDE = "doneprintHandle.js";

    private final Path folder;
    private final ConcurrentHashMap<String, Compiled> compiled = new ConcurrentHashMap<>();

    /** A harness file compiled, or why it could not be: remembered either way, so it is tried once. */
    private record Compiled(CompiledScript script, String problem) {}

    /** A harness file the test needs cannot be read or compiled. */
    static final class HarnessException extends RuntimeException {
        HarnessException(String message) {
            super(message, null, false, false);
        }
    }

    Harness(Path testRoot) {
        this.folder = testRoot.resolve("harness");
    }

    /**
     * The harness files {@code test} needs, in the order INTERPRETING.md gives, compiled.
     *
     * @throws HarnessException if one of them cannot be read or compiled
     */
    List<CompiledScript> scriptsFor(TestCase test) {
        Frontmatter frontmatter = test.frontmatter();
        if (frontmatter.has(Flag.RAW)) return List.of();
        List<String> names = new ArrayList<>(DEFAULT_INCLUDES);
        if (frontmatter.has(Flag.ASYNC)) names.add(ASYNC_INCLUDE);
        names.addAll(frontmatter.includes());
        List<CompiledScript> scripts = new ArrayList<>(names.size());
        for (String name : names) {
            Compiled file = compiled.computeIfAbsent(name, this::compile);
            if (file.problem() != null) throw new HarnessException("harness/" + name + ": " + file.problem());
            scripts.add(file.script());
        }
        return scripts;
    }

    private Compiled compile(String name) {
        String text;
        try {
            text = Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Compiled(null, "cannot read it: " + e);
        }
        try {
            return new Compiled(Compiler.compileScript(new Source("harness/" + name, text), false), null);
        } catch (SyntaxError e) {
            return new Compiled(null, "SyntaxError: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) { // the compiler's failure, reported for each test that includes it
            return new Compiled(null, "does not compile: " + TestExecution.describe(e));
        }
    }
}

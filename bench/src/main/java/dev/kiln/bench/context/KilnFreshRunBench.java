package dev.kiln.bench.context;

import dev.kiln.bench.ScriptRealm;
import dev.kiln.codegen.CompiledScript;
import dev.kiln.codegen.Compiler;
import dev.kiln.parser.Source;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Kiln: the script compiled once to a {@link CompiledScript}; each run makes a fresh realm with
 * its evaluator, defines the script's class in that realm's class loader and runs it.
 */
@State(Scope.Thread)
public class KilnFreshRunBench extends FreshContextRun {
    private CompiledScript script;

    @Setup
    public void compile() {
        script = Compiler.compileScript(new Source(NAME, script()), false);
        check(run());
    }

    @Benchmark
    public Object run() {
        return new ScriptRealm().run(script);
    }
}

package dev.kiln.bench.context;

import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Nashorn: the script compiled once by the engine; each run evaluates it in a new global of that
 * engine ({@link ScriptEngine#createBindings()}). Nashorn's compiled classes belong to the engine
 * and serve every global of it.
 */
@State(Scope.Thread)
public class NashornFreshRunBench extends FreshContextRun {
    private ScriptEngine engine;
    private CompiledScript script;

    @Setup
    public void compile() throws ScriptException {
        engine = new NashornScriptEngineFactory().getScriptEngine("--language=es6");
        script = ((Compilable) engine).compile(script());
        check(run());
    }

    @Benchmark
    public Object run() throws ScriptException {
        return script.eval(engine.createBindings());
    }
}

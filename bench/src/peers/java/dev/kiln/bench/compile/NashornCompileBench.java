package dev.kiln.bench.compile;

import dev.kiln.bench.InputThroughput;
import dev.kiln.bench.OctaneInput;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.ScriptException;
import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Nashorn's compile of the inputs of KilnCompileBench, through its JSR-223 {@link Compilable}:
 * parse, analysis and bytecode generation, plus defining the classes, which Nashorn does as
 * part of compiling. Two options make it the same work as Kiln's: every function is compiled
 * at once ({@code --lazy-compilation=false}; by default Nashorn compiles a function on its first
 * call) and the class cache is off ({@code --class-cache-size=0}; it would hand back the classes
 * of the previous compilation of the same text).
 */
@State(Scope.Benchmark)
public class NashornCompileBench extends InputThroughput {
    private Compilable engine;

    @Setup
    public void create() {
        engine = (Compilable) new NashornScriptEngineFactory().getScriptEngine(
                "--language=es6", "--lazy-compilation=false", "--class-cache-size=0");
    }

    @Benchmark
    public CompiledScript compile(OctaneInput input) throws ScriptException {
        return engine.compile(input.text);
    }
}

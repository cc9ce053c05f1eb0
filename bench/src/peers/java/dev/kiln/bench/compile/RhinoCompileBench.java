package dev.kiln.bench.compile;

import dev.kiln.bench.InputThroughput;
import dev.kiln.bench.OctaneInput;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Script;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Rhino's compile of the inputs of KilnCompileBench, in the mode bench/compare runs it
 * (compiled, optimization level 9, ES6): parse, then bytecode generation of the script and every
 * function in it, plus defining the classes, which Rhino does as part of compiling.
 */
@State(Scope.Thread)
public class RhinoCompileBench extends InputThroughput {
    private Context cx;

    @Setup
    @SuppressWarnings("deprecation") // optimization levels are how Rhino 1.8 still selects its compiler
    public void enter() {
        cx = Context.enter();
        cx.setOptimizationLevel(9);
        cx.setLanguageVersion(Context.VERSION_ES6);
    }

    @TearDown
    public void exit() {
        Context.exit();
    }

    @Benchmark
    public Script compile(OctaneInput input) {
        return cx.compileString(input.text, input.input, 1, null);
    }
}

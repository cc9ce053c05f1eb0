package dev.kiln.bench.context;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.Script;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Rhino: the script compiled once (compiled mode, optimization level 9, ES6, as bench/compare
 * runs Rhino); each run executes it in a new top-level scope ({@link Context#initStandardObjects()}).
 */
@State(Scope.Thread)
public class RhinoFreshRunBench extends FreshContextRun {
    private Context cx;
    private Script script;

    @Setup
    @SuppressWarnings("deprecation") // optimization levels are how Rhino 1.8 still selects its compiler
    public void compile() {
        cx = Context.enter();
        cx.setOptimizationLevel(9);
        cx.setLanguageVersion(Context.VERSION_ES6);
        script = cx.compileString(script(), NAME, 1, null);
        check(run());
    }

    @TearDown
    public void exit() {
        Context.exit();
    }

    @Benchmark
    public Object run() {
        return script.exec(cx, cx.initStandardObjects());
    }
}

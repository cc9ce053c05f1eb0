package dev.kiln.bench.snippet;

import dev.kiln.bench.ScriptRealm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** String building ({@code strings.js}): {@code s += piece} and array join, per piece appended. */
@State(Scope.Thread)
public class KilnStringBench extends JsLoop {
    private Object concat;
    private Object join;

    @Setup
    public void setup() {
        load("strings.js", ScriptRealm.resource(KilnStringBench.class, "strings.js"));
        concat = realm.function("concat");
        join = realm.function("join");
    }

    @Benchmark
    public Object concat() {
        return loop(concat);
    }

    @Benchmark
    public Object join() {
        return loop(join);
    }
}

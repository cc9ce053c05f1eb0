package dev.kiln.bench.snippet;

import dev.kiln.bench.ScriptRealm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Numeric loops ({@code numbers.js}): int32 arithmetic and double arithmetic, per loop iteration. */
@State(Scope.Thread)
public class KilnNumberBench extends JsLoop {
    private Object intLoop;
    private Object doubleLoop;

    @Setup
    public void setup() {
        load("numbers.js", ScriptRealm.resource(KilnNumberBench.class, "numbers.js"));
        intLoop = realm.function("intLoop");
        doubleLoop = realm.function("doubleLoop");
    }

    @Benchmark
    public Object intLoop() {
        return loop(intLoop);
    }

    @Benchmark
    public Object doubleLoop() {
        return loop(doubleLoop);
    }
}

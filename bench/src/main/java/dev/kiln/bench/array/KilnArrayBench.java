package dev.kiln.bench.array;

import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Realm;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Array built-ins over an array of 10,000 int32s, doubles or strings (so over each kind of
 * element storage), called as compiled code calls them. Every benchmark leaves the array as it
 * found it; those that make a new array from it measure the copy too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xss16m", "-XX:+UseSerialGC"})
public class KilnArrayBench {
    private static final int LENGTH = 10_000;

    @Param({"int", "double", "string"})
    public String kind;

    private Realm realm;
    private JSObject array;
    private Object arrayConstructor, from, identity, absent, element;
    private Object indexOf, includes, join, slice, toSorted, reverse, map, push, pop, splice;

    @Setup
    public void setup() {
        realm = new Realm();
        arrayConstructor = realm.globalObject().get("Array");
        JSObject proto = (JSObject) ((JSObject) arrayConstructor).get("prototype");
        from = ((JSObject) arrayConstructor).get("from");
        indexOf = proto.get("indexOf");
        includes = proto.get("includes");
        join = proto.get("join");
        slice = proto.get("slice");
        toSorted = proto.get("toSorted");
        reverse = proto.get("reverse");
        map = proto.get("map");
        push = proto.get("push");
        pop = proto.get("pop");
        splice = proto.get("splice");
        identity = BuiltinFunction.of(realm, "identity", 1, (f, t, args, n) -> args[0]);
        Random random = new Random(42);
        Object[] values = new Object[LENGTH];
        for (int i = 0; i < LENGTH; i++) values[i] = value(random.nextInt(1_000_000));
        array = ArrayObject.of(realm, values);
        absent = value(2_000_000);
        element = values[LENGTH / 2];
    }

    private Object value(int i) {
        return switch (kind) {
            case "int" -> i;
            case "double" -> i + 0.5;
            default -> "s" + i;
        };
    }

    @Benchmark
    public Object indexOfAbsent() {
        return ObjectOperations.call(indexOf, array, absent);
    }

    @Benchmark
    public Object includesAbsent() {
        return ObjectOperations.call(includes, array, absent);
    }

    @Benchmark
    public Object joinAll() {
        return ObjectOperations.call(join, array, ",");
    }

    @Benchmark
    public Object sliceAll() {
        return ObjectOperations.call(slice, array, 0);
    }

    @Benchmark
    public Object toSortedDefault() {
        return ObjectOperations.call(toSorted, array);
    }

    @Benchmark
    public Object reverseTwice() {
        ObjectOperations.call(reverse, array);
        return ObjectOperations.call(reverse, array);
    }

    @Benchmark
    public Object arrayFrom() {
        return ObjectOperations.call(from, arrayConstructor, array);
    }

    @Benchmark
    public Object mapIdentity() {
        return ObjectOperations.call(map, array, identity);
    }

    /** A thousand pushes and as many pops. */
    @Benchmark
    public Object pushPop() {
        for (int i = 0; i < 1000; i++) ObjectOperations.call(push, array, element);
        Object last = null;
        for (int i = 0; i < 1000; i++) last = ObjectOperations.call(pop, array);
        return last;
    }

    /** Removing an element near the front and putting it back: two moves of the whole array. */
    @Benchmark
    public Object spliceOutAndIn() {
        Object removed = ObjectOperations.call(splice, array, 10, 1);
        return ObjectOperations.call(splice, array, 10, 0, ((JSObject) removed).get(0));
    }
}

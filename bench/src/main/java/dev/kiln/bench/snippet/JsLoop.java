package dev.kiln.bench.snippet;

import dev.kiln.bench.ScriptRealm;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.value.Undefined;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A benchmark of one operation in a JavaScript loop: a small script loaded into a fresh Kiln
 * realm defines functions {@code name(n)} that do the operation {@code n} times; each benchmark
 * call runs one of them with {@code n =} {@value #ITERATIONS}, so JMH reports operations (loop
 * iterations) per microsecond — millions per second. The JVM flags are the comparison's.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(JsLoop.ITERATIONS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xss16m", "-XX:+UseSerialGC"})
public abstract class JsLoop {
    /** The loop count of each call. */
    public static final int ITERATIONS = 10_000;
    private static final Object COUNT = ITERATIONS;

    /** The realm the snippet runs in. */
    protected ScriptRealm realm;

    /** Runs {@code text} in a fresh realm. */
    protected void load(String name, String text) {
        realm = new ScriptRealm();
        realm.run(name, text);
    }

    /** Calls a loop function of the snippet with {@code n =} {@value #ITERATIONS}. */
    protected static Object loop(Object function) {
        return ObjectOperations.call(function, Undefined.INSTANCE, COUNT);
    }
}

package dev.kiln.bench.context;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Creating a fresh context (a global object with every built-in, ready to run scripts), once per
 * engine: {@link #create} is the time per context in the steady state, {@link #retained} the
 * heap each context keeps ({@link RetainedBytes}; its own time is that of {@link #CONTEXTS}
 * contexts made in one go after a short warm-up). Each engine's
 * benchmark says what a context is for it. The JVM flags are the comparison's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xss16m", "-XX:+UseSerialGC"})
public abstract class ContextCreation {
    /** How many contexts {@link RetainedBytes} holds at once. */
    public static final int CONTEXTS = 100;
    /** The name of {@link RetainedBytes}'s counter, as JMH reports it. */
    public static final String COUNTER = "bytesPerContext";

    /** A fresh context of the engine, held by nothing else. */
    protected abstract Object newContext();

    @Benchmark
    public Object create() {
        return newContext();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OperationsPerInvocation(CONTEXTS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public void retained(RetainedBytes bytes) {
        bytes.hold(this::newContext);
    }
}

package dev.kiln.bench.context;

import dev.kiln.bench.ScriptRealm;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One script, compiled once, run in a fresh context each time (node's {@code
 * script.runInNewContext()} in a loop): the time per run covers creating the context, making the
 * compiled code ready in it and running the script ({@code fresh-run.js}). Each engine's
 * benchmark says what that means for it. The JVM flags are the comparison's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xss16m", "-XX:+UseSerialGC"})
public abstract class FreshContextRun {
    /** The script's file name. */
    public static final String NAME = "fresh-run.js";
    /** What the script evaluates to (as in node): the check, made once per trial, that it ran whole. */
    private static final double RESULT = 2291;

    /** The script's text. */
    protected static String script() {
        return ScriptRealm.resource(FreshContextRun.class, NAME);
    }

    /** Fails unless {@code result} is what the script evaluates to. */
    protected static void check(Object result) {
        if (!(result instanceof Number n) || n.doubleValue() != RESULT) {
            throw new IllegalStateException(NAME + " evaluated to " + result + ", not " + (int) RESULT);
        }
    }
}

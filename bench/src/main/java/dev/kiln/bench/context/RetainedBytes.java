package dev.kiln.bench.context;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Heap bytes each context keeps reachable, measured per iteration: used heap after full
 * collections with {@link ContextCreation#CONTEXTS} fresh contexts held, minus used heap after full collections
 * before they were made, divided by their number. JMH reports it as the auxiliary counter
 * {@code bytesPerContext} of the benchmark that takes this state; being an event counter, JMH
 * adds it up over the iterations, so {@code Jmh} prints its mean per iteration.
 *
 * <p>Shared structures the first context of a JVM creates (classes, the JVM-wide shape tree)
 * are not counted: the warm-up iterations have created them before the first measurement.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class RetainedBytes {
    /** The counter ({@link ContextCreation#COUNTER}); a public field, as JMH reads it, and its only one. */
    public double bytesPerContext;

    private Object[] held;
    private long before;

    @Setup(Level.Iteration)
    public void before() {
        held = null;
        before = usedHeapAfterFullGc();
    }

    /** Makes {@link ContextCreation#CONTEXTS} contexts and keeps them until the end of the iteration, in place of any held before. */
    public void hold(Supplier<?> newContext) {
        Object[] contexts = new Object[ContextCreation.CONTEXTS];
        held = null;
        for (int i = 0; i < contexts.length; i++) contexts[i] = newContext.get();
        held = contexts;
    }

    @TearDown(Level.Iteration)
    public void after() {
        bytesPerContext = (usedHeapAfterFullGc() - before) / (double) held.length;
        held = null;
    }

    /** Used heap once garbage is gone; several collections, so that finalizable and weakly held objects go too. */
    private static long usedHeapAfterFullGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}

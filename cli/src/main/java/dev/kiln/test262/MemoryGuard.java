package dev.kiln.test262;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Tells the scheduler when the heap is nearly full after a garbage collection, so that it can
 * stop the test filling it before the JVM throws OutOfMemoryError in some other thread (another
 * test, or the runner itself). Tests share one heap: a runaway allocation (an engine bug such as
 * a compiler recursing without end) would otherwise take the whole run down. Under normal load
 * the live heap of a run stays far below the threshold, so the guard never acts.
 */
final class MemoryGuard implements AutoCloseable {
    /** Acts when the heap after a collection is above this share of the maximum heap. */
    static final double THRESHOLD = 0.75;

    private final long limitBytes = (long) (Runtime.getRuntime().maxMemory() * THRESHOLD);
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = (notification, handback) -> {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) used += pool.getValue().getUsed();
        }
        collected(used);
    };
    private long pressureUsedBytes;
    /** False from {@link #acted} until a collection leaves the heap below the threshold again. */
    private boolean armed = true;

    MemoryGuard() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    private synchronized void collected(long usedBytes) {
        if (usedBytes <= limitBytes) {
            armed = true;
            pressureUsedBytes = 0;
        } else if (armed) {
            pressureUsedBytes = usedBytes;
        }
    }

    /**
     * The heap in use after the latest collection if it left the heap above the threshold, or 0:
     * each collection is reported once, and none after {@link #acted} until the heap has been
     * below the threshold again (what a stopped test held is freed only by later collections).
     */
    synchronized long takePressure() {
        long used = pressureUsedBytes;
        pressureUsedBytes = 0;
        return used;
    }

    /** Says that a test was stopped for the pressure last reported. */
    synchronized void acted() {
        armed = false;
        pressureUsedBytes = 0;
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already removed
            }
        }
    }
}

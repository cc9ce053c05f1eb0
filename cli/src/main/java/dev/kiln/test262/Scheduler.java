package dev.kiln.test262;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;

/**
 * Runs test files on a fixed number of worker threads, with a time limit per test per mode.
 *
 * <p>A mode that overruns the limit is first asked to stop through its {@link Interrupt} (the
 * runtime executor passes that on to the engine's own interrupt, which compiled code polls).
 * A worker still busy half a time limit later is stuck where nothing polls (an engine bug): it
 * is abandoned, its test recorded as timed out and a fresh worker takes its place, so the run
 * keeps its parallelism and always finishes. The abandoned thread is stopped with
 * {@link Thread#stop} where the JVM still has it (up to JDK 19), so that it does not keep a core
 * busy for the rest of the run; on later JDKs it runs on as a daemon.
 *
 * <p>Tests share one heap, so a mode that fills it is stopped the same way, at once: when the
 * heap is nearly full after a collection ({@link MemoryGuard}), the mode that has allocated the
 * most since it started, if that is at least a quarter of the heap, is interrupted and abandoned.
 */
final class Scheduler {
    /** The stack each worker gets, as the {@code kiln} launcher gives the main thread (-Xss16m). */
    static final long WORKER_STACK_BYTES = 16L << 20;
    private static final long WATCHDOG_PERIOD_MS = 50;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final TestExecution execution;
    private final int workers;
    private final Duration timeout;

    Scheduler(TestExecution execution, int workers, Duration timeout) {
        if (workers < 1) throw new IllegalArgumentException("workers must be at least 1");
        this.execution = execution;
        this.workers = workers;
        this.timeout = timeout;
    }

    /**
     * The results of a run in the order of its files, and how long each file took (all its modes,
     * wall-clock time on its worker).
     */
    record Completed(List<TestResult> results, Duration[] durations) {}

    /**
     * Runs every file.
     *
     * @param progress told the number of finished tests now and then
     */
    Completed run(List<Path> files, IntConsumer progress) throws InterruptedException {
        Run run = new Run(files);
        for (int i = 0; i < workers; i++) run.startWorker();
        long timeoutNanos = timeout.toNanos();
        long graceNanos = timeoutNanos / 2;
        try (MemoryGuard memory = new MemoryGuard()) {
            while (!run.done.await(WATCHDOG_PERIOD_MS, TimeUnit.MILLISECONDS)) {
                long now = System.nanoTime();
                for (Worker worker : run.workers) {
                    Current current = worker.current;
                    if (current == null) continue;
                    long overrun = now - current.startedAt - timeoutNanos;
                    if (overrun > 0) current.interrupt.request(timedOut());
                    if (overrun > graceNanos) run.abandon(worker, current, timedOut() + " and did not stop when interrupted");
                }
                long heapUsed = memory.takePressure();
                if (heapUsed > 0 && run.stopBiggestAllocator(heapUsed)) memory.acted();
                progress.accept(files.size() - (int) run.done.getCount());
            }
        }
        List<TestResult> results = new ArrayList<>(files.size());
        Duration[] durations = new Duration[files.size()];
        for (int i = 0; i < files.size(); i++) {
            results.add(run.results.get(i));
            durations[i] = Duration.ofNanos(run.nanos.get(i));
        }
        return new Completed(results, durations);
    }

    /** The failure message of a mode stopped at the time limit. */
    private String timedOut() {
        return "timed out after " + timeout.toMillis() / 1000.0 + " s";
    }

    /**
     * What a worker is doing: which test, in which mode, since when, how to interrupt it, and how
     * many bytes its thread had allocated when the mode started.
     */
    private record Current(int index, Mode mode, Interrupt interrupt, long startedAt, long allocatedBefore) {}

    private final class Run {
        final List<Path> files;
        final AtomicInteger nextIndex = new AtomicInteger();
        final AtomicReferenceArray<TestResult> results;
        final AtomicLongArray nanos;
        final CountDownLatch done;
        final List<Worker> workers = new CopyOnWriteArrayList<>();
        final AtomicInteger workerCount = new AtomicInteger();

        Run(List<Path> files) {
            this.files = files;
            this.results = new AtomicReferenceArray<>(files.size());
            this.nanos = new AtomicLongArray(files.size());
            this.done = new CountDownLatch(files.size());
        }

        void startWorker() {
            Worker worker = new Worker(this);
            workers.add(worker);
            worker.thread = new Thread(null, worker, "test262-worker-" + workerCount.incrementAndGet(),
                    WORKER_STACK_BYTES);
            worker.thread.setDaemon(true); // an abandoned worker must not keep the JVM alive
            worker.thread.start();
        }

        /** Records the result of test {@code index} and when it started, unless the watchdog already did. */
        void complete(int index, TestResult result, long startedAt) {
            if (results.compareAndSet(index, null, result)) {
                nanos.set(index, System.nanoTime() - startedAt);
                done.countDown();
            }
        }

        void abandon(Worker worker, Current current, String message) {
            worker.abandoned = true;
            workers.remove(worker);
            String name = execution.nameOf(files.get(current.index));
            complete(current.index, TestResult.failed(name, List.of(new ModeFailure(current.mode, message))),
                    worker.testStartedAt);
            startWorker();
            stop(worker.thread);
        }

        /**
         * Stops the mode that allocated the most since it started, if that is a quarter of the heap
         * or more; returns whether it stopped one.
         */
        boolean stopBiggestAllocator(long heapUsed) {
            Worker biggest = null;
            Current biggestCurrent = null;
            long most = Runtime.getRuntime().maxMemory() / 4;
            for (Worker worker : workers) {
                Current current = worker.current;
                if (current == null) continue;
                long allocated = THREADS.getThreadAllocatedBytes(worker.thread.getId()) - current.allocatedBefore;
                if (allocated >= most) {
                    most = allocated;
                    biggest = worker;
                    biggestCurrent = current;
                }
            }
            if (biggest == null) return false;
            String message = String.format(Locale.ROOT, "stopped with the heap nearly full (%d MB of %d MB in use "
                    + "after a collection) after allocating %d MB", heapUsed >> 20, Runtime.getRuntime().maxMemory() >> 20, most >> 20);
            biggestCurrent.interrupt.request(message);
            abandon(biggest, biggestCurrent, message);
            return true;
        }
    }

    /**
     * Stops a thread that ignored its interrupt. Thread.stop can leave shared state half-changed
     * where it strikes; the risk is small here, since such a thread is spinning in generated code
     * of realms that are thrown away with it, and a busy core for the rest of the run is a sure cost.
     */
    @SuppressWarnings("removal")
    private static void stop(Thread thread) {
        try {
            thread.stop();
        } catch (UnsupportedOperationException e) {
            // JDK 20 and later: the thread runs on as a daemon until the run ends.
        }
    }

    private final class Worker implements Runnable {
        final Run run;
        Thread thread;
        volatile long testStartedAt;
        volatile Current current;
        volatile boolean abandoned;

        Worker(Run run) {
            this.run = run;
        }

        @Override
        public void run() {
            int index;
            while (!abandoned && (index = run.nextIndex.getAndIncrement()) < run.files.size()) {
                int test = index;
                testStartedAt = System.nanoTime();
                TestResult result = execution.run(run.files.get(test),
                        (mode, interrupt) -> current = new Current(test, mode, interrupt, System.nanoTime(),
                                THREADS.getCurrentThreadAllocatedBytes()));
                current = null;
                if (!abandoned) run.complete(test, result, testStartedAt);
            }
        }
    }
}

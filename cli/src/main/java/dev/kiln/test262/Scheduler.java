package dev.kiln.test262;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;

/**
 * Runs test files on a fixed number of worker threads, with a time limit per test per mode.
 *
 * <p>A JVM thread stuck in a loop cannot be stopped, so a worker that overruns the limit is
 * abandoned: its test is recorded as timed out and a fresh worker takes its place, so the run
 * keeps its parallelism and always finishes. (Under the runtime executor the engine's own
 * interrupt will end the script first; the limit here is the backstop.)
 */
final class Scheduler {
    /** The stack each worker gets, as the {@code kiln} launcher gives the main thread (-Xss16m). */
    static final long WORKER_STACK_BYTES = 16L << 20;
    private static final long WATCHDOG_PERIOD_MS = 50;

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
     * Runs every file and returns the results in the order of {@code files}.
     *
     * @param progress told the number of finished tests now and then
     */
    List<TestResult> run(List<Path> files, IntConsumer progress) throws InterruptedException {
        Run run = new Run(files);
        for (int i = 0; i < workers; i++) run.startWorker();
        long timeoutNanos = timeout.toNanos();
        while (!run.done.await(WATCHDOG_PERIOD_MS, TimeUnit.MILLISECONDS)) {
            long now = System.nanoTime();
            for (Worker worker : run.workers) {
                Current current = worker.current;
                if (current != null && now - current.startedAt > timeoutNanos) run.abandon(worker, current);
            }
            progress.accept(files.size() - (int) run.done.getCount());
        }
        List<TestResult> results = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) results.add(run.results.get(i));
        return results;
    }

    /** What a worker is doing: which test, in which mode, since when. */
    private record Current(int index, Mode mode, long startedAt) {}

    private final class Run {
        final List<Path> files;
        final AtomicInteger nextIndex = new AtomicInteger();
        final AtomicReferenceArray<TestResult> results;
        final CountDownLatch done;
        final List<Worker> workers = new CopyOnWriteArrayList<>();
        final AtomicInteger workerCount = new AtomicInteger();

        Run(List<Path> files) {
            this.files = files;
            this.results = new AtomicReferenceArray<>(files.size());
            this.done = new CountDownLatch(files.size());
        }

        void startWorker() {
            Worker worker = new Worker(this);
            workers.add(worker);
            Thread thread = new Thread(null, worker, "test262-worker-" + workerCount.incrementAndGet(),
                    WORKER_STACK_BYTES);
            thread.setDaemon(true); // an abandoned worker must not keep the JVM alive
            thread.start();
        }

        /** Records the result of test {@code index} unless the watchdog already did. */
        void complete(int index, TestResult result) {
            if (results.compareAndSet(index, null, result)) done.countDown();
        }

        void abandon(Worker worker, Current current) {
            worker.abandoned = true;
            workers.remove(worker);
            String name = execution.nameOf(files.get(current.index));
            complete(current.index, TestResult.failed(name, List.of(new ModeFailure(current.mode,
                    "timed out after " + timeout.toMillis() / 1000.0 + " s"))));
            startWorker();
        }
    }

    private final class Worker implements Runnable {
        final Run run;
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
                TestResult result = execution.run(run.files.get(test),
                        mode -> current = new Current(test, mode, System.nanoTime()));
                current = null;
                if (!abandoned) run.complete(test, result);
            }
        }
    }
}

package dev.kiln.test262;

/**
 * Runs one test in one mode and judges the result against the test's frontmatter. The runner
 * around it owns everything else (discovery, frontmatter, modes, skipping, parallelism, timeouts,
 * reporting, the baseline), so a new way of running tests is one new implementation.
 *
 * <p>An executor is shared by all worker threads; {@link #run} must be safe to call concurrently.
 * It may throw anything: the runner turns an exception into a failure that names it.
 *
 * <p>When a mode overruns its time limit the scheduler requests {@code interrupt}; an executor
 * that can stop its work registers how on it and reports the interrupt's reason as the failure.
 * Whatever does not stop within a grace period is abandoned on its thread.
 */
public interface Executor {

    /**
     * A short name ({@code parse}, later {@code run}): the baseline is
     * {@code conformance/baseline-NAME.txt} and skip-features.txt lines name the executors they apply to.
     */
    String name();

    /** Runs {@code test} in {@code mode}; the text to run is {@link TestCase#sourceText(Mode)}. */
    Outcome run(TestCase test, Mode mode, Interrupt interrupt) throws Exception;
}

package dev.kiln.test262;

/**
 * Runs one test in one mode and judges the result against the test's frontmatter. The runner
 * around it owns everything else (discovery, frontmatter, modes, skipping, parallelism, timeouts,
 * reporting, the baseline), so a new way of running tests is one new implementation.
 *
 * <p>An executor is shared by all worker threads; {@link #run} must be safe to call concurrently.
 * It may throw anything: the runner turns an exception into a failure that names it.
 */
public interface Executor {

    /**
     * A short name ({@code parse}, later {@code run}): the baseline is
     * {@code conformance/baseline-NAME.txt} and skip-features.txt lines name the executors they apply to.
     */
    String name();

    /** Runs {@code test} in {@code mode}; the text to run is {@link TestCase#sourceText(Mode)}. */
    Outcome run(TestCase test, Mode mode) throws Exception;
}

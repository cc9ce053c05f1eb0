package dev.kiln.test262;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code test262} command: runs the conformance suite and compares it with the baseline. */
@Command(name = "test262", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs the test262 conformance suite with Kiln and prints a table per folder.")
public final class Test262 implements Callable<Integer> {
    static final int EXIT_FAILURES = 1;
    static final int EXIT_USAGE = 2;
    private static final List<String> DEFAULT_PATHS = List.of("test/language", "test/built-ins", "test/annexB");
    private static final long PROGRESS_PERIOD_NANOS = Duration.ofSeconds(10).toNanos();

    @Option(names = "--parse-only", description = "Only parse: parse-phase negative tests must throw a "
            + "SyntaxError, every other test must parse.")
    boolean parseOnly;

    @Option(names = "--root", paramLabel = "DIR",
            description = "The test262 checkout (default: ../shared/test262 beside the project).")
    Path root;

    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "The Kiln checkout, whose conformance/ folder holds the baselines and "
                    + "skip-features.txt (default: the current directory).")
    Path project;

    @Option(names = "--check", description = "Fail (exit 1) on a failure that is not in the baseline; "
            + "list baseline entries that now pass.")
    boolean check;

    @Option(names = "--update-baseline", description = "Rewrite the baseline from this run, keeping the "
            + "reasons of tests that still fail.")
    boolean updateBaseline;

    @Option(names = {"-v", "--failures"}, description = "List every failure: path, mode, message.")
    boolean listFailures;

    @Option(names = "--summary", paramLabel = "N", arity = "0..1", fallbackValue = "30",
            description = "Print the N most common causes of failure with the number of tests each "
                    + "fails (default N: ${FALLBACK-VALUE}).")
    Integer summaryCauses;

    @Option(names = "--slowest", paramLabel = "N", arity = "0..1", fallbackValue = "20",
            description = "Print the N tests that took longest, all modes together (default N: ${FALLBACK-VALUE}).")
    Integer slowest;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time limit per test and mode (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Worker threads (default: one per available core).")
    Integer jobs;

    @Parameters(paramLabel = "PATH", description = "Test files or folders, relative to the root "
            + "(default: test/language test/built-ins test/annexB).")
    List<String> paths;

    private final PrintStream out;
    private final PrintStream err;

    Test262(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(commandLine(System.out, System.err).execute(args));
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new Test262(out, err));
        commandLine.setOut(new java.io.PrintWriter(out, true));
        commandLine.setErr(new java.io.PrintWriter(err, true));
        return commandLine;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path testRoot = (root != null ? root : SuiteLocation.defaultRoot(project)).toAbsolutePath().normalize();
        if (!Files.isDirectory(testRoot)) {
            if (root != null) {
                err.println("test262: no test262 checkout at " + testRoot);
                return EXIT_USAGE;
            }
            warnMissingSuite(testRoot);
            return 0;
        }
        Executor executor = parseOnly ? new ParseExecutor() : new RunExecutor(testRoot);
        String command = parseOnly ? "./test262 --parse-only" : "./test262";
        Path testFolder = project.toAbsolutePath().normalize().resolve("conformance");
        Path baselineFile = testFolder.resolve("baseline-" + executor.name() + ".txt");
        SkipList skipList = SkipList.read(testFolder.resolve("skip-features.txt"));

        List<String> runPaths = paths == null || paths.isEmpty() ? DEFAULT_PATHS : paths;
        List<Path> files;
        try {
            files = Discovery.find(testRoot, runPaths);
        } catch (NoSuchFileException e) {
            err.println("test262: " + e.getFile() + ": " + e.getReason());
            return EXIT_USAGE;
        }
        TestExecution execution = new TestExecution(testRoot, executor, skipList);
        Scope scope = new Scope(runPaths.stream()
                .map(p -> execution.nameOf(testRoot.resolve(p).normalize())).toList());

        int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        err.printf(Locale.ROOT, "test262: %d tests under %s, %d workers%n", files.size(), testRoot, workers);
        long start = System.nanoTime();
        long[] lastProgress = {start};
        Scheduler.Completed completed = new Scheduler(execution, workers, Duration.ofSeconds(timeoutSeconds))
                .run(files, finished -> {
                    long now = System.nanoTime();
                    if (now - lastProgress[0] >= PROGRESS_PERIOD_NANOS) {
                        lastProgress[0] = now;
                        err.printf(Locale.ROOT, "test262: %d/%d done%n", finished, files.size());
                    }
                });
        double seconds = (System.nanoTime() - start) / 1e9;
        List<TestResult> results = completed.results();

        Report.table(results, out);
        if (listFailures) {
            out.println();
            Report.failures(results, out);
        }
        if (summaryCauses != null) {
            out.println();
            Report.causes(results, summaryCauses, out);
        }
        if (slowest != null) {
            out.println();
            Report.slowest(results, completed.durations(), slowest, out);
        }
        int exit = results.stream().anyMatch(r -> r.status() == TestResult.Status.FAILED) ? EXIT_FAILURES : 0;
        Baseline baseline = Baseline.read(baselineFile);
        if (check) exit = check(baseline.compare(results, scope), baselineFile, command);
        if (updateBaseline) {
            Baseline updated = baseline.updatedWith(results, scope);
            updated.write(baselineFile, command);
            out.printf(Locale.ROOT, "%nbaseline: wrote %d entries to %s (%d before)%n",
                    updated.reasons().size(), baselineFile, baseline.reasons().size());
        }
        out.printf(Locale.ROOT, "%nran %d tests in %.1f s on %d workers%n", files.size(), seconds, workers);
        out.println(Report.summary(results));
        return exit;
    }

    private int check(Baseline.Comparison comparison, Path baselineFile, String command) {
        if (!comparison.nowPassing().isEmpty()) {
            out.printf(Locale.ROOT, "%n%d tests in %s now pass (or are gone); shrink it with "
                    + "%s --update-baseline:%n", comparison.nowPassing().size(), baselineFile, command);
            comparison.nowPassing().forEach(name -> out.println("PASS " + name));
        }
        if (comparison.ok()) {
            out.printf(Locale.ROOT, "%nbaseline check passed: no failures beyond %s%n", baselineFile);
            return 0;
        }
        out.printf(Locale.ROOT, "%n%d NEW FAILURES (not in %s):%n", comparison.newFailures().size(), baselineFile);
        comparison.newFailures().forEach(result -> Report.failure(result, out));
        return EXIT_FAILURES;
    }

    private void warnMissingSuite(Path testRoot) {
        String rule = "*".repeat(78);
        err.println(rule);
        err.println("WARNING: no test262 checkout at " + testRoot);
        err.println("WARNING: the test262 conformance check was SKIPPED, not passed.");
        err.println("WARNING: put test262 there (beside the Kiln clone) or pass --root DIR.");
        err.println(rule);
    }
}

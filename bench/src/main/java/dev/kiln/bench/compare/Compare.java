package dev.kiln.bench.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * {@code bench/compare}: runs the Octane programs on Kiln and its peers, one process per
 * (engine, program), each process running several rounds of base.js's own harness, and writes
 * the table as markdown (also printed), CSV and an SVG chart of Kiln's ratios. A failing engine
 * shows its error in its cells; nothing an engine does stops the run.
 */
public final class Compare {
    private final Options options;
    private final Path octane;
    private final Engines engines;
    private final Launch launch;
    private final Path logs;

    private Compare(Options options, Path octane) {
        this.options = options;
        this.octane = octane;
        Jdk jdk = options.jdk != null
                ? Jdk.at(options.jdk).orElseThrow(() -> new Options.UsageException("no JDK at " + options.jdk))
                : Jdk.newest();
        this.engines = new Engines(options.root, jdk);
        this.launch = new Launch(options.pin);
        this.logs = options.out.resolve("logs");
    }

    public static void main(String[] args) throws Exception {
        Options options;
        Path octane;
        try {
            options = Options.parse(args);
            octane = options.octaneDir().orElseThrow(() -> new Options.UsageException(
                    "no shared/bench/octane above " + options.root + "; give --octane DIR"));
        } catch (Options.UsageException e) {
            if (e.getMessage() != null) System.err.println("compare: " + e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        new Compare(options, octane).run();
    }

    private void run() throws IOException, InterruptedException {
        long start = System.nanoTime();
        Machine machine = Machine.current();
        String date = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT));
        Files.createDirectories(logs);
        List<Engine> selected = selectedEngines();
        Map<String, String> skipped = new LinkedHashMap<>();
        List<OctaneProgram> programs = selectedPrograms(skipped);
        List<StartupBench.Row> startup = measureStartup(selected);

        Map<String, Map<String, OctaneResult>> results = new LinkedHashMap<>();
        for (Engine engine : selected) {
            Map<String, OctaneResult> byProgram = new LinkedHashMap<>();
            String pending = engine.unavailableReason().orElse("not run: the comparison stopped before this process");
            programs.forEach(p -> byProgram.put(p.name(), OctaneResult.notRun(options.rounds, pending)));
            results.put(engine.name(), byProgram);
        }
        Supplier<Comparison> snapshot = () -> new Comparison(date, machine, engines.jdk(), settings(), options.rounds,
                selected, programs, skipped, results, startup, (System.nanoTime() - start) / 1e9);

        // The reports are rewritten after every process, so an interrupted run still leaves one.
        writeReports(snapshot.get());
        runPrograms(selected, programs, (engine, program, result) -> {
            synchronized (results) {
                results.get(engine.name()).put(program.name(), result);
                writeReports(snapshot.get());
            }
        });
        Comparison comparison;
        synchronized (results) {
            comparison = snapshot.get();
        }
        writeReports(comparison);
        System.out.print(MarkdownReport.render(comparison));
        progress("wrote " + options.out.resolve("compare.md") + ", compare.csv, ratios.svg; process logs in " + logs);
    }

    /** Kiln, then the peers asked for, in column order. */
    private List<Engine> selectedEngines() {
        List<Engine> selected = new ArrayList<>();
        selected.add(engines.kiln());
        for (Engine peer : engines.all().subList(1, Engines.NAMES.size())) {
            if (options.peers.stream().anyMatch(peer.name()::equalsIgnoreCase)) selected.add(peer);
        }
        return selected;
    }

    /** The programs asked for whose files are present; the others go to {@code skipped} with the reason. */
    private List<OctaneProgram> selectedPrograms(Map<String, String> skipped) {
        List<OctaneProgram> programs = new ArrayList<>();
        for (OctaneProgram program : OctaneProgram.ALL) {
            if (!options.programs.isEmpty() && options.programs.stream().noneMatch(program.name()::equalsIgnoreCase)) {
                continue;
            }
            Optional<String> missing = program.missingIn(octane);
            if (missing.isPresent()) {
                skipped.put(program.name(), missing.get());
            } else {
                programs.add(program);
            }
        }
        return programs;
    }

    /** Startup of every selected engine and the bare JVM, on core 0 with nothing else of ours running. */
    private List<StartupBench.Row> measureStartup(List<Engine> selected) throws IOException, InterruptedException {
        if (options.startupRuns == 0) return List.of();
        List<Engine> startupEngines = new ArrayList<>(selected);
        startupEngines.add(engines.jvmFloor());
        progress("startup: " + options.startupUntimed + " untimed + " + options.startupRuns + " timed runs per engine");
        return new StartupBench(launch, logs, 0).measure(startupEngines, options.startupUntimed, options.startupRuns);
    }

    private String settings() {
        return options.rounds + " rounds of base.js per process, one process per engine and program"
                + (launch.pins() ? ", each pinned to one core" : ", not pinned") + ", " + options.jobs
                + " process" + (options.jobs == 1 ? "" : "es") + " at a time, time limit "
                + options.timeout.toSeconds() + " s per process" + (options.quick ? " (quick run)" : "");
    }

    private void writeReports(Comparison comparison) {
        write("compare.md", MarkdownReport.render(comparison));
        write("compare.csv", CsvReport.render(comparison));
        write("ratios.svg", SvgChart.render(comparison));
    }

    /** Receives each (engine, program) result as its process ends. */
    private interface ResultSink {
        void accept(Engine engine, OctaneProgram program, OctaneResult result);
    }

    /**
     * Runs every (engine, program) pair, {@code jobs} at a time, each process on a core of its
     * own. The largest programs start first, so the slow ones do not all end up last.
     */
    private void runPrograms(List<Engine> selected, List<OctaneProgram> programs, ResultSink sink)
            throws InterruptedException {
        Path roundsFile = options.out.resolve("rounds.js");
        write("rounds.js", "// Written by bench/compare: the base.js rounds each process runs.\nvar benchRounds = "
                + options.rounds + ";\n");
        Path driver = options.root.resolve("bench/src/main/js/octane-rounds.js");

        List<Runnable> tasks = new ArrayList<>();
        List<OctaneProgram> bySize = new ArrayList<>(programs);
        bySize.sort(Comparator.comparingLong((OctaneProgram p) -> p.size(octane)).reversed());
        int total = (int) selected.stream().filter(e -> e.unavailableReason().isEmpty()).count() * programs.size();
        AtomicInteger done = new AtomicInteger();
        BlockingQueue<Integer> cores = new ArrayBlockingQueue<>(options.jobs);
        for (int core = 0; core < options.jobs; core++) {
            cores.add(core % Runtime.getRuntime().availableProcessors());
        }
        for (OctaneProgram program : bySize) {
            for (Engine engine : selected) {
                if (engine.unavailableReason().isPresent()) continue;
                List<String> files = new ArrayList<>();
                files.add(roundsFile.toString());
                files.add(octane.resolve("base.js").toString());
                program.files().forEach(f -> files.add(octane.resolve(f).toString()));
                files.add(driver.toString());
                tasks.add(() -> {
                    int core = take(cores);
                    try {
                        OctaneResult result = runOne(engine, program, files, core);
                        sink.accept(engine, program, result);
                        progress(String.format(Locale.ROOT, "[%d/%d] %s %s: %s (%.0f s)", done.incrementAndGet(),
                                total, engine.name(), program.name(), summary(result, program), result.seconds()));
                    } finally {
                        cores.add(core);
                    }
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable task : tasks) futures.add(pool.submit(task));
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("the runner itself failed", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private OctaneResult runOne(Engine engine, OctaneProgram program, List<String> files, int core) {
        String base = engine.name() + "-" + program.name();
        Path out = logs.resolve(base + ".out");
        Path err = logs.resolve(base + ".err");
        try {
            Launch.Outcome outcome = launch.run(engine.run(files), core, out, err, options.timeout);
            return new OctaneResult(options.rounds, Launch.lines(out), Launch.lines(err), outcome);
        } catch (IOException e) {
            return OctaneResult.notRun(options.rounds, "could not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OctaneResult.notRun(options.rounds, "interrupted");
        }
    }

    private String summary(OctaneResult result, OctaneProgram program) {
        StringBuilder text = new StringBuilder();
        for (String metric : program.metrics()) {
            if (text.length() > 0) text.append(", ");
            var warm = result.warm(metric);
            var cold = result.cold(metric);
            text.append(metric).append(' ')
                    .append(cold.isPresent() ? Stats.score(cold.getAsDouble()) : "-").append(" → ")
                    .append(warm.isPresent() ? Stats.score(warm.getAsDouble())
                            : "FAIL " + result.shortWhyMissing(metric, options.rounds - 1).orElse(""));
        }
        return text.toString();
    }

    private static int take(BlockingQueue<Integer> cores) {
        try {
            return cores.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a core", e);
        }
    }

    private void write(String name, String content) {
        try {
            Files.writeString(options.out.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void progress(String message) {
        System.err.println("compare: " + message);
    }
}

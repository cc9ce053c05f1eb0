package dev.kiln.bench.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whole-process startup: each engine prints {@code 1} and exits. A few untimed runs first (they
 * warm the file cache and check the output), then the timed runs interleaved round-robin so that
 * a disturbance of the machine spreads over every engine instead of hitting one.
 */
public final class StartupBench {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /**
     * One row of the startup table.
     *
     * @param engine the engine's name
     * @param millis wall time of each timed run
     * @param error  why the engine could not print 1, or {@code null}
     */
    public record Row(String engine, double[] millis, String error) {
        public Optional<String> failure() {
            return Optional.ofNullable(error);
        }
    }

    private final Launch launch;
    private final Path logs;
    private final int core;

    public StartupBench(Launch launch, Path logs, int core) {
        this.launch = launch;
        this.logs = logs;
        this.core = core;
    }

    public List<Row> measure(List<Engine> engines, int untimed, int timed) throws IOException, InterruptedException {
        Map<Engine, String> errors = new LinkedHashMap<>();
        for (Engine engine : engines) {
            String error = engine.unavailableReason().orElse(null);
            for (int i = 0; i < untimed && error == null; i++) {
                error = runOnce(engine).error;
            }
            errors.put(engine, error);
        }
        Map<Engine, List<Double>> times = new LinkedHashMap<>();
        for (int i = 0; i < timed; i++) {
            for (Engine engine : engines) {
                if (errors.get(engine) != null) continue;
                Run run = runOnce(engine);
                if (run.error != null) {
                    errors.put(engine, run.error);
                } else {
                    times.computeIfAbsent(engine, e -> new ArrayList<>()).add(run.millis);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Engine engine : engines) {
            String error = errors.get(engine);
            double[] millis = error != null ? new double[0]
                    : times.getOrDefault(engine, List.of()).stream().mapToDouble(Double::doubleValue).toArray();
            rows.add(new Row(engine.name(), millis, error));
        }
        return rows;
    }

    private record Run(double millis, String error) {
    }

    private Run runOnce(Engine engine) throws IOException, InterruptedException {
        String file = engine.name().replaceAll("[^A-Za-z0-9]+", "-");
        Path out = logs.resolve("startup-" + file + ".out");
        Path err = logs.resolve("startup-" + file + ".err");
        Launch.Outcome outcome = launch.run(engine.startupCommand(), core, out, err, TIMEOUT);
        List<String> stdout = Launch.lines(out);
        if (outcome.timedOut()) return new Run(0, "timeout after " + TIMEOUT.toSeconds() + " s");
        if (outcome.exitCode() != 0) {
            return new Run(0, OctaneResult.processError(Launch.lines(err), outcome.exitCode()));
        }
        if (!stdout.equals(List.of("1"))) return new Run(0, "printed " + String.join(" / ", stdout) + " instead of 1");
        return new Run(outcome.nanos() / 1e6, null);
    }
}

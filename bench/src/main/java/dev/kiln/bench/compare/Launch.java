package dev.kiln.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one engine process: optionally pinned to one core with {@code taskset} (so a JIT that
 * compiles on background threads competes with the program for that core, as in the peers'
 * reference figures), with its output in files and a time limit after which the process and
 * its children are killed.
 */
public final class Launch {
    private final boolean pin;

    /** @param pin whether to pin each process to one core (needs {@code taskset} on the PATH) */
    public Launch(boolean pin) {
        this.pin = pin && Engines.onPath("taskset").isPresent();
    }

    public boolean pins() {
        return pin;
    }

    /**
     * What one process did.
     *
     * @param exitCode its exit status ({@code -1} when killed on timeout)
     * @param timedOut whether the time limit ended it
     * @param nanos    wall time from start to exit, including the JVM's or node's own startup
     */
    public record Outcome(int exitCode, boolean timedOut, long nanos) {
        public double seconds() {
            return nanos / 1e9;
        }
    }

    /**
     * Runs {@code command} on {@code core} (ignored when not pinning) and waits at most
     * {@code timeout}; standard output and error go to the given files.
     */
    public Outcome run(List<String> command, int core, Path stdout, Path stderr, Duration timeout)
            throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (pin) {
            full.addAll(List.of("taskset", "-c", Integer.toString(core)));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close(); // no engine reads standard input here
        boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!exited) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
            return new Outcome(-1, true, System.nanoTime() - start);
        }
        return new Outcome(process.exitValue(), false, System.nanoTime() - start);
    }

    /** The lines of an output file; bytes that are not UTF-8 become U+FFFD instead of failing. */
    public static List<String> lines(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    }
}

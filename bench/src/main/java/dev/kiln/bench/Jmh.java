package dev.kiln.bench;

import dev.kiln.bench.context.ContextCreation;
import dev.kiln.bench.context.RetainedBytes;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.util.Statistics;

/**
 * The main class of {@code benchmarks.jar}: JMH's own command line, and after a run two tables
 * JMH cannot print itself: MB/s per input and benchmark for every throughput benchmark over an
 * {@link OctaneInput}, and the heap retained per context for every benchmark that measures it
 * ({@link RetainedBytes}).
 */
public final class Jmh {
    private Jmh() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("Error parsing command line: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Collection<RunResult> results = new Runner(options).run();
        printInputThroughput(results, System.out);
        printRetainedBytes(results, System.out);
    }

    /**
     * The {@link RetainedBytes} counter of each benchmark that has it, per iteration (JMH sums an
     * event counter over the iterations): the median, robust to one disturbed iteration, and the range.
     */
    static void printRetainedBytes(Collection<RunResult> results, PrintStream out) {
        List<String> rows = new ArrayList<>();
        for (RunResult run : results) {
            Result<?> counter = run.getSecondaryResults().get(ContextCreation.COUNTER);
            if (counter == null) continue;
            Statistics perIteration = counter.getStatistics();
            BenchmarkParams params = run.getParams();
            StringBuilder name = new StringBuilder(params.getBenchmark().replaceFirst("^.*\\.([^.]+\\.[^.]+)$", "$1"));
            for (String key : params.getParamsKeys()) name.append(' ').append(key).append('=').append(params.getParam(key));
            rows.add("| " + name + " | " + fmt(perIteration.getPercentile(50) / 1e3) + " | "
                    + fmt(perIteration.getMin() / 1e3) + "–" + fmt(perIteration.getMax() / 1e3) + " | "
                    + perIteration.getN() + " |");
        }
        if (rows.isEmpty()) return;
        out.println();
        out.println("Heap retained per context in kB (10^3 bytes), measured with " + ContextCreation.CONTEXTS
                + " contexts held at once, per iteration:");
        out.println();
        out.println("| benchmark | median kB | min–max | iterations |");
        out.println("|---|---:|---:|---:|");
        rows.forEach(out::println);
    }

    /** MB/s = operations per second × the input's size; rows are inputs, columns benchmarks. */
    static void printInputThroughput(Collection<RunResult> results, PrintStream out) {
        Map<String, Map<String, String>> table = new TreeMap<>();
        Map<String, Long> sizes = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>();
        for (RunResult run : results) {
            BenchmarkParams params = run.getParams();
            String input = params.getParam(OctaneInput.PARAM);
            Result<?> primary = run.getPrimaryResult();
            double perSecond = opsPerSecond(primary.getScoreUnit());
            if (input == null || Double.isNaN(perSecond)) continue;
            long bytes = sizes.computeIfAbsent(input, Jmh::size);
            String column = params.getBenchmark().replaceFirst("^.*\\.([^.]+\\.[^.]+)$", "$1");
            if (!columns.contains(column)) columns.add(column);
            double mbs = primary.getScore() * perSecond * bytes / 1e6;
            double error = primary.getScoreError() * perSecond * bytes / 1e6;
            String cell = Double.isNaN(error) ? fmt(mbs) : fmt(mbs) + " ± " + fmt(error);
            table.computeIfAbsent(input, k -> new LinkedHashMap<>()).put(column, cell);
        }
        if (table.isEmpty()) return;
        out.println();
        out.println("Throughput in MB/s (10^6 bytes of source per second; ± is JMH's 99.9% error):");
        out.println();
        out.println("| input | size kB | " + String.join(" | ", columns) + " |");
        out.println("|---|---:|" + "---:|".repeat(columns.size()));
        for (Map.Entry<String, Map<String, String>> row : table.entrySet()) {
            StringBuilder line = new StringBuilder("| " + row.getKey() + " | " + sizes.get(row.getKey()) / 1000 + " |");
            for (String column : columns) {
                line.append(' ').append(row.getValue().getOrDefault(column, "–")).append(" |");
            }
            out.println(line);
        }
    }

    /** The factor from a throughput unit such as {@code ops/ms} to operations per second; NaN for other units. */
    static double opsPerSecond(String unit) {
        if (!unit.startsWith("ops/")) return Double.NaN;
        return switch (unit.substring(4)) {
            case "s" -> 1;
            case "ms" -> TimeUnit.SECONDS.toMillis(1);
            case "us" -> TimeUnit.SECONDS.toMicros(1);
            case "ns" -> TimeUnit.SECONDS.toNanos(1);
            case "min" -> 1 / 60.0;
            default -> Double.NaN;
        };
    }

    private static long size(String input) {
        try {
            return Files.size(OctaneInput.file(input));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }
}

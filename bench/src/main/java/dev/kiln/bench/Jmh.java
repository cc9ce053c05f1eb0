package dev.kiln.bench;

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

/**
 * The main class of {@code benchmarks.jar}: JMH's own command line, and after a run, for every
 * throughput benchmark over an {@link OctaneInput}, a table of MB/s per input and benchmark.
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

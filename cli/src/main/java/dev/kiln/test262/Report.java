package dev.kiln.test262;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The human-readable account of a run: a table per folder, failure listings, the summary line. */
final class Report {

    private Report() {}

    /** Passed, failed and skipped counts of a set of results. */
    record Tally(int passed, int failed, int skipped) {
        Tally add(TestResult result) {
            return switch (result.status()) {
                case PASSED -> new Tally(passed + 1, failed, skipped);
                case FAILED -> new Tally(passed, failed + 1, skipped);
                case SKIPPED -> new Tally(passed, failed, skipped + 1);
            };
        }

        /** Passed as a percentage of the tests that ran, with two decimals. */
        String percent() {
            int ran = passed + failed;
            return String.format(Locale.ROOT, "%.2f", ran == 0 ? 0.0 : 100.0 * passed / ran);
        }

        static Tally of(List<TestResult> results) {
            Tally tally = new Tally(0, 0, 0);
            for (TestResult result : results) tally = tally.add(result);
            return tally;
        }
    }

    /** One row per report folder (see {@link TestCase#group()}), sorted, then a total row. */
    static void table(List<TestResult> results, PrintStream out) {
        Map<String, Tally> byGroup = new TreeMap<>();
        for (TestResult result : results) {
            byGroup.merge(result.group(), new Tally(0, 0, 0).add(result),
                    (a, b) -> new Tally(a.passed + b.passed, a.failed + b.failed, a.skipped + b.skipped));
        }
        int width = Math.max("total".length(), byGroup.keySet().stream().mapToInt(String::length).max().orElse(0));
        String row = "%-" + width + "s %8s %8s %8s %8s%n";
        out.printf(Locale.ROOT, row, "folder", "passed", "failed", "skipped", "%");
        byGroup.forEach((group, t) -> out.printf(Locale.ROOT, row, group, t.passed, t.failed, t.skipped, t.percent()));
        Tally total = Tally.of(results);
        out.printf(Locale.ROOT, row, "total", total.passed, total.failed, total.skipped, total.percent());
    }

    /** Every failure, one line per failing mode: path, mode, message. */
    static void failures(List<TestResult> results, PrintStream out) {
        for (TestResult result : results) failure(result, out);
    }

    static void failure(TestResult result, PrintStream out) {
        for (ModeFailure failure : result.failures()) {
            out.println("FAIL " + result.name() + " [" + failure.modeLabel() + "] " + failure.message());
        }
    }

    /** The {@code limit} most common causes of failure ({@link FailureCause}), each counted once per failing test. */
    static void causes(List<TestResult> results, int limit, PrintStream out) {
        Map<String, Integer> tests = new HashMap<>();
        for (TestResult result : results) {
            Set<String> causes = new HashSet<>();
            for (ModeFailure failure : result.failures()) causes.add(FailureCause.of(failure.message()));
            for (String cause : causes) tests.merge(cause, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(tests.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        out.printf(Locale.ROOT, "%d causes of failure; the %d most common (failing tests, cause):%n",
                ranked.size(), Math.min(limit, ranked.size()));
        for (Map.Entry<String, Integer> entry : ranked.subList(0, Math.min(limit, ranked.size()))) {
            out.printf(Locale.ROOT, "%7d  %s%n", entry.getValue(), entry.getKey());
        }
    }

    /** The {@code limit} tests that took longest, slowest first, with their time in seconds. */
    static void slowest(List<TestResult> results, Duration[] durations, int limit, PrintStream out) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) order.add(i);
        order.sort(Comparator.comparing((Integer i) -> durations[i]).reversed());
        out.printf(Locale.ROOT, "the %d slowest tests (seconds, all modes):%n", Math.min(limit, order.size()));
        for (int i : order.subList(0, Math.min(limit, order.size()))) {
            out.printf(Locale.ROOT, "%7.2f  %s%n", durations[i].toNanos() / 1e9, results.get(i).name());
        }
    }

    /** The run's last line: {@code test262: P passed, F failed, S skipped (R% of P+F)}. */
    static String summary(List<TestResult> results) {
        Tally t = Tally.of(results);
        return "test262: " + t.passed + " passed, " + t.failed + " failed, " + t.skipped + " skipped ("
                + t.percent() + "% of " + (t.passed + t.failed) + ")";
    }
}

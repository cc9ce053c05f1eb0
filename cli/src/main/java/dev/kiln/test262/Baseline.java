package dev.kiln.test262;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The tests an executor is known to fail, each with a one-line reason: a committed file such as
 * {@code conformance/baseline-parse.txt}, one {@code path reason} line per test, grouped by
 * cause ({@link FailureCause}), the most common first, each group under a comment that counts it,
 * and sorted by path within a group. A failure not listed here breaks the build; a listed test
 * that passes is reported so that the line can go, and the baseline only shrinks.
 */
public final class Baseline {
    private static final String HEADER = """
            # Tests that `%s` is known to fail, one per line: the test's path, then why.
            # A failure not listed here fails `mvn verify`. Rewrite it from a run (keeping the
            # reasons of tests that still fail) with `%s --update-baseline`.
            # Grouped by cause, the most common first.
            """;

    private final SortedMap<String, String> reasons;

    private Baseline(SortedMap<String, String> reasons) {
        this.reasons = Collections.unmodifiableSortedMap(reasons);
    }

    public static Baseline read(Path file) throws IOException {
        SortedMap<String, String> reasons = new TreeMap<>();
        if (!Files.exists(file)) return new Baseline(reasons);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] pathAndReason = line.split("\\s+", 2);
            if (pathAndReason.length < 2) {
                throw new IOException(file + ":" + (i + 1) + ": '" + pathAndReason[0] + "' has no reason");
            }
            if (reasons.put(pathAndReason[0], pathAndReason[1]) != null) {
                throw new IOException(file + ":" + (i + 1) + ": '" + pathAndReason[0] + "' is listed twice");
            }
        }
        return new Baseline(reasons);
    }

    /** Test path to reason. */
    public SortedMap<String, String> reasons() {
        return reasons;
    }

    /**
     * How a run compares with this baseline.
     *
     * @param newFailures failed tests not in the baseline
     * @param nowPassing  baseline entries within the run that passed, or that the run did not
     *                    find at all (the file is gone)
     */
    public record Comparison(List<TestResult> newFailures, List<String> nowPassing) {
        public boolean ok() {
            return newFailures.isEmpty();
        }
    }

    /** Compares a run over {@code scope} (see {@link Scope}) with this baseline. */
    public Comparison compare(List<TestResult> results, Scope scope) {
        List<TestResult> newFailures = new ArrayList<>();
        Map<String, TestResult> byName = new TreeMap<>();
        for (TestResult result : results) {
            byName.put(result.name(), result);
            if (result.status() == TestResult.Status.FAILED && !reasons.containsKey(result.name())) {
                newFailures.add(result);
            }
        }
        List<String> nowPassing = new ArrayList<>();
        for (String name : reasons.keySet()) {
            if (!scope.contains(name)) continue;
            TestResult result = byName.get(name);
            if (result == null || result.status() == TestResult.Status.PASSED) nowPassing.add(name);
        }
        return new Comparison(newFailures, nowPassing);
    }

    /**
     * This baseline brought up to date with a run over {@code scope}: entries outside the scope
     * and skipped tests are kept, every failed test is listed (with its old reason if it had one),
     * and everything else in the scope goes.
     */
    public Baseline updatedWith(List<TestResult> results, Scope scope) {
        SortedMap<String, String> updated = new TreeMap<>();
        reasons.forEach((name, reason) -> {
            if (!scope.contains(name)) updated.put(name, reason);
        });
        for (TestResult result : results) {
            switch (result.status()) {
                case FAILED -> updated.put(result.name(), reasons.getOrDefault(result.name(), result.reason()));
                case SKIPPED -> {
                    String reason = reasons.get(result.name());
                    if (reason != null) updated.put(result.name(), reason);
                }
                case PASSED -> { }
            }
        }
        return new Baseline(updated);
    }

    /** Writes this baseline for the executor run by {@code command} (e.g. {@code ./test262 --parse-only}). */
    public void write(Path file, String command) throws IOException {
        StringBuilder text = new StringBuilder(HEADER.formatted(command, command));
        Map<String, List<String>> namesByCause = new HashMap<>();
        reasons.forEach((name, reason) ->
                namesByCause.computeIfAbsent(FailureCause.ofReason(reason), cause -> new ArrayList<>()).add(name));
        List<Map.Entry<String, List<String>>> groups = new ArrayList<>(namesByCause.entrySet());
        groups.sort(Comparator.comparing((Map.Entry<String, List<String>> group) -> -group.getValue().size())
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, List<String>> group : groups) {
            int count = group.getValue().size();
            text.append("\n# ").append(count).append(count == 1 ? " test: " : " tests: ").append(group.getKey()).append('\n');
            for (String name : group.getValue()) text.append(name).append(' ').append(reasons.get(name)).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

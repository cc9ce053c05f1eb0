package dev.kiln.bench.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What one engine process reported for one Octane program: the score of each metric in each
 * round (from the {@code @score} lines of octane-rounds.js), or why there is none.
 */
public final class OctaneResult {
    private static final int CELL_ERROR_LENGTH = 60;

    private final int rounds;
    private final Map<String, Double[]> scores = new LinkedHashMap<>();
    private String harnessError;
    private String info;
    private final String failure;
    private final double seconds;

    /**
     * @param rounds   the rounds asked for
     * @param stdout   the process's standard output
     * @param stderr   the process's standard error
     * @param outcome  how the process ended
     */
    public OctaneResult(int rounds, List<String> stdout, List<String> stderr, Launch.Outcome outcome) {
        this.rounds = rounds;
        this.seconds = outcome.seconds();
        for (String line : stdout) {
            parse(line);
        }
        if (outcome.timedOut()) {
            failure = "timeout after " + String.format(Locale.ROOT, "%.0f", outcome.seconds()) + " s";
        } else if (outcome.exitCode() != 0) {
            failure = processError(stderr, outcome.exitCode());
        } else {
            failure = null;
        }
    }

    /** A result for an engine or program that could not be started at all. */
    public static OctaneResult notRun(int rounds, String reason) {
        return new OctaneResult(rounds, List.of(), List.of("error: " + reason), new Launch.Outcome(1, false, 0));
    }

    private void parse(String line) {
        String[] parts = line.split(" ", 4);
        if (parts[0].equals("@info")) {
            if (info == null) info = line.substring("@info".length()).strip();
        } else if (parts[0].equals("@error")) {
            // base.js reports a failing suite and octane-rounds.js stops: one error explains every missing score
            if (harnessError == null) harnessError = parts.length > 3 ? parts[3].strip() : "error";
        } else if (parts[0].equals("@score") && parts.length == 4) {
            try {
                int round = Integer.parseInt(parts[1]);
                double score = Double.parseDouble(parts[3].strip());
                if (round >= 0 && round < rounds) {
                    scores.computeIfAbsent(parts[2], k -> new Double[rounds])[round] = score;
                }
            } catch (NumberFormatException e) {
                if (harnessError == null) harnessError = "malformed score line: " + line;
            }
        }
    }

    /**
     * The message of a failed process: the first line of standard error that names an error or
     * exception, else its first line that is not a warning (a usage message starts with the
     * problem), else the exit status.
     */
    static String processError(List<String> stderr, int exitCode) {
        String first = null;
        for (String line : stderr) {
            String text = line.strip();
            String lower = text.toLowerCase(Locale.ROOT);
            if (text.isEmpty() || text.startsWith("at ") || lower.startsWith("warning")) continue;
            if (lower.contains("error") || lower.contains("exception")) {
                return text.startsWith("error: ") ? text.substring("error: ".length()) : text;
            }
            if (first == null) first = text;
        }
        return first != null ? first : "exit status " + exitCode;
    }

    /** The score of {@code metric} in {@code round}, if the engine reported one. */
    public OptionalDouble score(String metric, int round) {
        Double[] values = scores.get(metric);
        return values == null || values[round] == null ? OptionalDouble.empty() : OptionalDouble.of(values[round]);
    }

    public OptionalDouble cold(String metric) {
        return score(metric, 0);
    }

    public OptionalDouble warm(String metric) {
        return score(metric, rounds - 1);
    }

    public int rounds() {
        return rounds;
    }

    /** How many rounds reported {@code metric}. */
    public int completedRounds(String metric) {
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            if (score(metric, r).isPresent()) n++;
        }
        return n;
    }

    /** Why {@code metric} has no score in {@code round}; empty when it has one. */
    public Optional<String> whyMissing(String metric, int round) {
        if (score(metric, round).isPresent()) return Optional.empty();
        if (harnessError != null) return Optional.of(harnessError);
        if (failure != null) {
            int done = completedRounds(metric);
            return Optional.of(done > 0 ? failure + " (" + done + "/" + rounds + " rounds)" : failure);
        }
        return Optional.of("no score reported");
    }

    /** {@link #whyMissing} shortened for a table cell. */
    public Optional<String> shortWhyMissing(String metric, int round) {
        return whyMissing(metric, round).map(OctaneResult::shorten);
    }

    static String shorten(String message) {
        String text = message.replaceAll("\\s+", " ").strip();
        return text.length() <= CELL_ERROR_LENGTH ? text : text.substring(0, CELL_ERROR_LENGTH - 1) + "…";
    }

    /** The engine's own description of itself ({@code @info}), if it printed one. */
    public Optional<String> info() {
        return Optional.ofNullable(info);
    }

    public double seconds() {
        return seconds;
    }
}

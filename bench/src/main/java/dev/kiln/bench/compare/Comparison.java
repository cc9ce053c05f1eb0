package dev.kiln.bench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything one comparison run measured, and the summaries the reports share: geometric means
 * over completed throughput scores and Kiln's ratio to each peer.
 *
 * @param date        when the run started
 * @param machine     where it ran
 * @param jdk         the JDK of every JVM engine
 * @param settings    rounds, pinning, parallel jobs and the time limit, as one line
 * @param rounds      the base.js rounds run per process
 * @param engines     the engines, in column order; the first is Kiln
 * @param programs    the programs run, in table order
 * @param skipped     programs not run and why
 * @param results     per engine name, per program name
 * @param startup     the startup table, empty when not measured
 * @param wallSeconds the wall time of the whole run
 */
public record Comparison(String date, Machine machine, Jdk jdk, String settings, int rounds, List<Engine> engines,
                         List<OctaneProgram> programs, Map<String, String> skipped,
                         Map<String, Map<String, OctaneResult>> results, List<StartupBench.Row> startup,
                         double wallSeconds) {

    /** The two scores the table shows per program. */
    public enum Phase {
        COLD("cold (first round)"), WARM("warm (last round)");

        public final String title;

        Phase(String title) {
            this.title = title;
        }
    }

    /** A geometric mean and how many scores it covers. */
    public record Mean(OptionalDouble value, int count, int of) {
    }

    public OctaneResult result(Engine engine, OctaneProgram program) {
        return results.get(engine.name()).get(program.name());
    }

    public OptionalDouble score(Engine engine, OctaneProgram program, String metric, Phase phase) {
        OctaneResult result = result(engine, program);
        return phase == Phase.COLD ? result.cold(metric) : result.warm(metric);
    }

    public Engine kiln() {
        return engines.get(0);
    }

    public List<Engine> peers() {
        return engines.subList(1, engines.size());
    }

    /**
     * The geometric mean of {@code engine}'s completed throughput scores (a program's throughput
     * score is the one named after it; latency scores stay out, as in peers.md).
     */
    public Mean ownMean(Engine engine, Phase phase) {
        List<Double> values = new ArrayList<>();
        for (OctaneProgram program : programs) {
            score(engine, program, program.name(), phase).ifPresent(values::add);
        }
        return new Mean(Stats.geomean(values), values.size(), programs.size());
    }

    /** The programs every available peer completed in {@code phase}. */
    public List<OctaneProgram> commonToPeers(Phase phase) {
        List<OctaneProgram> common = new ArrayList<>();
        for (OctaneProgram program : programs) {
            boolean all = peers().stream().filter(p -> p.unavailableReason().isEmpty())
                    .allMatch(p -> score(p, program, program.name(), phase).isPresent());
            if (all) common.add(program);
        }
        return common;
    }

    /** {@code engine}'s geometric mean over {@code set}, if it completed all of it. */
    public Mean meanOver(Engine engine, List<OctaneProgram> set, Phase phase) {
        List<Double> values = new ArrayList<>();
        for (OctaneProgram program : set) {
            score(engine, program, program.name(), phase).ifPresent(values::add);
        }
        boolean complete = values.size() == set.size() && !set.isEmpty();
        return new Mean(complete ? Stats.geomean(values) : OptionalDouble.empty(), values.size(), set.size());
    }

    /** Kiln's score divided by {@code peer}'s on one metric, when both have one. */
    public OptionalDouble ratio(Engine peer, OctaneProgram program, String metric, Phase phase) {
        OptionalDouble kiln = score(kiln(), program, metric, phase);
        OptionalDouble other = score(peer, program, metric, phase);
        return kiln.isPresent() && other.isPresent() ? OptionalDouble.of(kiln.getAsDouble() / other.getAsDouble())
                : OptionalDouble.empty();
    }

    /**
     * Kiln's ratio to {@code peer}: the geometric mean of the per-program ratios over the
     * throughput scores both completed (which equals the ratio of their geometric means over
     * that common set).
     */
    public Mean kilnRatio(Engine peer, Phase phase) {
        List<Double> ratios = new ArrayList<>();
        for (OctaneProgram program : programs) {
            ratio(peer, program, program.name(), phase).ifPresent(ratios::add);
        }
        return new Mean(Stats.geomean(ratios), ratios.size(), programs.size());
    }

    /** Each engine's own description ({@code @info}), from the first program that printed one. */
    public Map<String, String> engineInfo() {
        Map<String, String> info = new LinkedHashMap<>();
        for (Engine engine : engines) {
            Optional<String> text = results.get(engine.name()).values().stream()
                    .map(OctaneResult::info).flatMap(Optional::stream).findFirst();
            info.put(engine.name(), text.orElse(engine.unavailableReason()
                    .map(r -> "not run: " + r).orElse("printed no description")));
        }
        return info;
    }

    /** Wall time spent in each engine's processes. */
    public Map<String, Double> engineSeconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (Engine engine : engines) {
            seconds.put(engine.name(), results.get(engine.name()).values().stream().mapToDouble(OctaneResult::seconds).sum());
        }
        return seconds;
    }
}

package dev.kiln.bench.compare;

import dev.kiln.bench.compare.Comparison.Mean;
import dev.kiln.bench.compare.Comparison.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** The comparison as markdown: warm and cold score tables, summaries, startup and time spent. */
public final class MarkdownReport {
    private final Comparison c;
    private final StringBuilder out = new StringBuilder();

    private MarkdownReport(Comparison comparison) {
        this.c = comparison;
    }

    public static String render(Comparison comparison) {
        return new MarkdownReport(comparison).render();
    }

    private String render() {
        header();
        scores(Phase.WARM);
        scores(Phase.COLD);
        if (!c.skipped().isEmpty()) {
            line("Not run:");
            c.skipped().forEach((program, reason) -> line("- " + program + ": " + reason));
            line("");
        }
        startup();
        time();
        return out.toString();
    }

    private void header() {
        line("# Kiln and its peers on Octane 2.0");
        line("");
        line("- Run: " + c.date());
        line("- Machine: " + c.machine());
        line("- JVM engines: " + c.jdk() + ", flags `" + String.join(" ", Engines.JVM_FLAGS) + "`");
        line("- Protocol: " + c.settings());
        c.engineInfo().forEach((engine, info) -> line("- " + engine + ": " + info));
        line("");
    }

    private void scores(Phase phase) {
        String range = phase == Phase.WARM && c.rounds() >= 3
                ? "; in parentheses min–max over rounds 1–" + (c.rounds() - 1) : "";
        line("## Octane scores, " + phase.title);
        line("");
        line("Higher is better" + range + ". A latency score is listed but left out of the means.");
        line("");
        row("program", c.engines().stream().map(Engine::name).toList());
        line("|---|" + "---:|".repeat(c.engines().size()));
        for (OctaneProgram program : c.programs()) {
            for (String metric : program.metrics()) {
                List<String> cells = new ArrayList<>();
                for (Engine engine : c.engines()) {
                    cells.add(cell(engine, program, metric, phase));
                }
                row(metric, cells);
            }
        }
        List<String> own = new ArrayList<>();
        List<String> common = new ArrayList<>();
        List<OctaneProgram> commonSet = c.commonToPeers(phase);
        List<String> ratios = new ArrayList<>();
        for (Engine engine : c.engines()) {
            Mean mean = c.ownMean(engine, phase);
            own.add(mean.value().isPresent()
                    ? "**" + Stats.score(mean.value().getAsDouble()) + "** (" + mean.count() + "/" + mean.of() + ")"
                    : "–");
            common.add(format(c.meanOver(engine, commonSet, phase).value()));
            if (engine == c.kiln()) {
                ratios.add("–");
            } else {
                Mean ratio = c.kilnRatio(engine, phase);
                ratios.add(ratio.value().isPresent()
                        ? "**" + Stats.threeDigits(ratio.value().getAsDouble()) + "** (" + ratio.count() + ")" : "–");
            }
        }
        row("**geomean, own completed**", own);
        row("**geomean, common to the peers** (" + commonSet.size() + ")", common);
        row("**Kiln ÷ engine** (programs both completed)", ratios);
        line("");
    }

    private String cell(Engine engine, OctaneProgram program, String metric, Phase phase) {
        OctaneResult result = c.result(engine, program);
        int round = phase == Phase.COLD ? 0 : c.rounds() - 1;
        OptionalDouble score = result.score(metric, round);
        if (score.isEmpty()) {
            return "FAIL: " + escape(result.shortWhyMissing(metric, round).orElse(""));
        }
        String text = Stats.score(score.getAsDouble());
        if (phase == Phase.WARM && c.rounds() >= 3) {
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (int r = 1; r < c.rounds(); r++) {
                OptionalDouble s = result.score(metric, r);
                if (s.isPresent()) {
                    min = Math.min(min, s.getAsDouble());
                    max = Math.max(max, s.getAsDouble());
                }
            }
            text += " (" + Stats.score(min) + "–" + Stats.score(max) + ")";
        }
        return text;
    }

    private void startup() {
        if (c.startup().isEmpty()) return;
        line("## Startup: a whole process printing 1");
        line("");
        line("Each engine's minimal launcher (`-p 1` for the JVM drivers and the kiln jar, `node -e console.log(1)`),"
                + " and the same JVM printing 1 without any engine. Untimed runs first, then timed runs"
                + " interleaved round-robin; wall time of the whole process.");
        line("");
        line("| engine | median ms | min ms | max ms | runs |");
        line("|---|---:|---:|---:|---:|");
        for (StartupBench.Row row : c.startup()) {
            if (row.failure().isPresent()) {
                line("| " + row.engine() + " | FAIL: " + escape(OctaneResult.shorten(row.error())) + " | | | 0 |");
            } else {
                double[] ms = row.millis();
                double min = java.util.Arrays.stream(ms).min().orElse(0);
                double max = java.util.Arrays.stream(ms).max().orElse(0);
                line("| " + row.engine() + " | " + whole(Stats.median(ms)) + " | " + whole(min) + " | " + whole(max)
                        + " | " + ms.length + " |");
            }
        }
        line("");
    }

    private void time() {
        line("## Time");
        line("");
        StringBuilder perEngine = new StringBuilder();
        for (Map.Entry<String, Double> e : c.engineSeconds().entrySet()) {
            if (perEngine.length() > 0) perEngine.append(", ");
            perEngine.append(e.getKey()).append(' ').append(whole(e.getValue())).append(" s");
        }
        line("Whole run " + whole(c.wallSeconds()) + " s wall. Process time per engine (summed over programs): "
                + perEngine + ".");
        line("");
    }

    private static String format(OptionalDouble value) {
        return value.isPresent() ? Stats.score(value.getAsDouble()) : "–";
    }

    private static String whole(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }

    private void row(String first, List<String> cells) {
        out.append("| ").append(first);
        for (String cell : cells) {
            out.append(" | ").append(cell);
        }
        out.append(" |\n");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}

package dev.kiln.bench.compare;

import dev.kiln.bench.compare.Comparison.Mean;
import dev.kiln.bench.compare.Comparison.Phase;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The comparison as one CSV in long form, one value per line:
 * {@code section,row,engine,phase,value,count,error}. Sections: {@code score} (every round of
 * every metric, phase {@code roundN}), {@code geomean-own}, {@code geomean-common-peers},
 * {@code kiln-ratio} (phases {@code cold} and {@code warm}) and {@code startup} (phases
 * {@code median_ms}, {@code min_ms}, {@code max_ms}).
 */
public final class CsvReport {
    private final StringBuilder out = new StringBuilder("section,row,engine,phase,value,count,error\n");

    private CsvReport() {
    }

    public static String render(Comparison c) {
        CsvReport csv = new CsvReport();
        for (OctaneProgram program : c.programs()) {
            for (String metric : program.metrics()) {
                for (Engine engine : c.engines()) {
                    OctaneResult result = c.result(engine, program);
                    for (int round = 0; round < c.rounds(); round++) {
                        csv.row("score", metric, engine.name(), "round" + round, result.score(metric, round), "",
                                result.whyMissing(metric, round).orElse(""));
                    }
                }
            }
        }
        for (Phase phase : Phase.values()) {
            String name = phase.name().toLowerCase(Locale.ROOT);
            List<OctaneProgram> common = c.commonToPeers(phase);
            for (Engine engine : c.engines()) {
                Mean own = c.ownMean(engine, phase);
                csv.row("geomean-own", "", engine.name(), name, own.value(), own.count() + "/" + own.of(), "");
                Mean shared = c.meanOver(engine, common, phase);
                csv.row("geomean-common-peers", "", engine.name(), name, shared.value(), Integer.toString(common.size()), "");
            }
            for (Engine peer : c.peers()) {
                Mean ratio = c.kilnRatio(peer, phase);
                csv.row("kiln-ratio", "Kiln/" + peer.name(), peer.name(), name, ratio.value(),
                        Integer.toString(ratio.count()), "");
            }
        }
        for (StartupBench.Row row : c.startup()) {
            double[] ms = row.millis();
            boolean ok = ms.length > 0;
            String error = row.failure().orElse("");
            String runs = Integer.toString(ms.length);
            csv.row("startup", "", row.engine(), "median_ms", ok ? OptionalDouble.of(Stats.median(ms)) : OptionalDouble.empty(), runs, error);
            csv.row("startup", "", row.engine(), "min_ms", Arrays.stream(ms).min(), runs, error);
            csv.row("startup", "", row.engine(), "max_ms", Arrays.stream(ms).max(), runs, error);
        }
        return csv.out.toString();
    }

    private void row(String section, String row, String engine, String phase, OptionalDouble value, String count,
                     String error) {
        String number = value.isPresent()
                ? new BigDecimal(value.getAsDouble()).round(new MathContext(6)).stripTrailingZeros().toPlainString() : "";
        out.append(String.join(",", field(section), field(row), field(engine), field(phase), number, field(count),
                field(error))).append('\n');
    }

    /** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}

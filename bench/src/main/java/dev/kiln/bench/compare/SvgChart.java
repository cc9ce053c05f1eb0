package dev.kiln.bench.compare;

import dev.kiln.bench.compare.Comparison.Mean;
import dev.kiln.bench.compare.Comparison.Phase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Kiln's ratio to each peer as a horizontal bar chart, written as plain SVG: one panel per
 * phase (warm, then cold), one group of bars per program and one for the geometric mean, one
 * bar per peer. The axis is logarithmic around 1: bars to the right mean Kiln is faster.
 */
public final class SvgChart {
    private static final String[] COLORS = {"#d95f02", "#7570b3", "#1b9e77", "#e7298a", "#66a61e", "#e6ab02"};
    private static final int LABEL_WIDTH = 150;
    private static final int PLOT_WIDTH = 560;
    private static final int MARGIN = 16;
    private static final int BAR = 7;
    private static final int GROUP_GAP = 8;
    private static final int PANEL_TITLE = 28;
    private static final int AXIS = 26;

    private final Comparison c;
    private final StringBuilder svg = new StringBuilder();
    private final double minLog;
    private final double maxLog;

    private SvgChart(Comparison comparison) {
        this.c = comparison;
        double lo = -1;
        double hi = 1;
        for (Phase phase : Phase.values()) {
            for (Row row : rows(phase)) {
                for (OptionalDouble v : row.values) {
                    if (v.isPresent()) {
                        double log = Math.log10(v.getAsDouble());
                        lo = Math.min(lo, Math.floor(log));
                        hi = Math.max(hi, Math.ceil(log));
                    }
                }
            }
        }
        this.minLog = Math.max(lo, -4);
        this.maxLog = Math.min(hi, 4);
    }

    public static String render(Comparison comparison) {
        return new SvgChart(comparison).render();
    }

    private record Row(String label, List<OptionalDouble> values) {
    }

    private List<Row> rows(Phase phase) {
        List<Row> rows = new ArrayList<>();
        for (OctaneProgram program : c.programs()) {
            List<OptionalDouble> values = new ArrayList<>();
            for (Engine peer : c.peers()) {
                values.add(c.ratio(peer, program, program.name(), phase));
            }
            rows.add(new Row(program.name(), values));
        }
        List<OptionalDouble> means = new ArrayList<>();
        for (Engine peer : c.peers()) {
            Mean mean = c.kilnRatio(peer, phase);
            means.add(mean.value());
        }
        rows.add(new Row("geomean", means));
        return rows;
    }

    private String render() {
        int peers = c.peers().size();
        int groupHeight = peers * BAR + GROUP_GAP;
        int panelHeight = PANEL_TITLE + (c.programs().size() + 1) * groupHeight + AXIS;
        int legend = 24;
        int width = MARGIN * 2 + LABEL_WIDTH + PLOT_WIDTH;
        int height = MARGIN * 2 + 30 + legend + panelHeight * Phase.values().length;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(MARGIN, MARGIN + 14, "start", "font-size=\"15\" font-weight=\"bold\"",
                "Kiln ÷ peer on Octane 2.0 (higher: Kiln faster; log scale) — " + c.date());
        int y = MARGIN + 30;
        for (int i = 0; i < peers; i++) {
            int x = MARGIN + LABEL_WIDTH + i * 120;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"10\" fill=\"%s\"/>%n",
                    x, y, COLORS[i % COLORS.length]));
            text(x + 16, y + 9, "start", "", "vs " + c.peers().get(i).name());
        }
        y += legend;
        for (Phase phase : List.of(Phase.WARM, Phase.COLD)) {
            panel(phase, y, groupHeight);
            y += panelHeight;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void panel(Phase phase, int top, int groupHeight) {
        text(MARGIN, top + 16, "start", "font-size=\"13\" font-weight=\"bold\"", "Octane " + phase.title);
        int plotTop = top + PANEL_TITLE;
        List<Row> rows = rows(phase);
        int plotBottom = plotTop + rows.size() * groupHeight;
        for (double log = Math.ceil(minLog); log <= maxLog; log++) {
            double x = x(log);
            String stroke = log == 0 ? "#333" : "#ccc";
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>%n",
                    x, plotTop, x, plotBottom, stroke));
            text(x, plotBottom + 14, "middle", "", BigDecimal.ONE.scaleByPowerOfTen((int) log).toPlainString());
        }
        int y = plotTop;
        for (Row row : rows) {
            boolean mean = row.label.equals("geomean");
            text(MARGIN + LABEL_WIDTH - 6, y + row.values.size() * BAR / 2.0 + 4, "end",
                    mean ? "font-weight=\"bold\"" : "", row.label);
            for (int i = 0; i < row.values.size(); i++) {
                OptionalDouble v = row.values.get(i);
                int barY = y + i * BAR;
                if (v.isEmpty()) {
                    text(x(0) + 3, barY + BAR - 1, "start", "fill=\"#999\" font-size=\"7\"", "no ratio");
                    continue;
                }
                double log = Math.max(minLog, Math.min(maxLog, Math.log10(v.getAsDouble())));
                double x0 = Math.min(x(0), x(log));
                double w = Math.max(Math.abs(x(log) - x(0)), 1);
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s vs %s: %s</title></rect>%n",
                        x0, barY, w, BAR - 1, COLORS[i % COLORS.length], escape(row.label),
                        escape(c.peers().get(i).name()), Stats.threeDigits(v.getAsDouble())));
            }
            y += groupHeight;
        }
    }

    private double x(double log) {
        return MARGIN + LABEL_WIDTH + (log - minLog) / (maxLog - minLog) * PLOT_WIDTH;
    }

    private void text(double x, double y, String anchor, String attributes, String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>%n",
                x, y, anchor, attributes.isEmpty() ? "" : " " + attributes, escape(content)));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

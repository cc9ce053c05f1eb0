package dev.kiln.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.bench.compare.Comparison.Phase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final OctaneProgram RICHARDS = OctaneProgram.named("Richards").orElseThrow();
    private static final OctaneProgram SPLAY = OctaneProgram.named("Splay").orElseThrow();
    private static final OctaneProgram ZLIB = OctaneProgram.named("zlib").orElseThrow();

    private static Engine engine(String name) {
        return new Engine(name, List.of("run"), List.of("run", "-p", "1"), null);
    }

    /** Two rounds per program: cold, warm. */
    private static OctaneResult result(String... lines) {
        return new OctaneResult(2, List.of(lines), List.of(), new Launch.Outcome(0, false, 1_000_000_000L));
    }

    private static Comparison comparison() {
        List<Engine> engines = List.of(engine("Kiln"), engine("Rhino"), engine("node"));
        Map<String, Map<String, OctaneResult>> results = new HashMap<>();
        results.put("Kiln", Map.of(
                "Richards", result("@score 0 Richards 100", "@score 1 Richards 400"),
                "Splay", result("@score 0 Splay 50", "@score 0 SplayLatency 10", "@score 1 Splay 100", "@score 1 SplayLatency 1"),
                "zlib", result("@error 0 zlib RangeError: too deep")));
        results.put("Rhino", Map.of(
                "Richards", result("@score 0 Richards 100", "@score 1 Richards 100"),
                "Splay", result("@score 0 Splay 100", "@score 1 Splay 400"),
                "zlib", result("@error 0 zlib Method too large")));
        results.put("node", Map.of(
                "Richards", result("@score 0 Richards 1000", "@score 1 Richards 1600"),
                "Splay", result("@score 0 Splay 1000", "@score 1 Splay 1000"),
                "zlib", result("@score 0 zlib 1000", "@score 1 zlib 1000")));
        Map<String, String> skipped = new LinkedHashMap<>();
        skipped.put("Mandreel", "mandreel.js missing or empty");
        return new Comparison("2026-11-22 10:00 UTC", new Machine(2, "cpu", "24 GiB", "Linux", "0.50 0.40 0.30"),
                new Jdk(Path.of("/jdk"), 25, "25.0.1", "Vendor"), "2 rounds", 2, engines,
                List.of(RICHARDS, SPLAY, ZLIB), skipped, results, List.of(
                new StartupBench.Row("Kiln", new double[0], "no -p option"),
                new StartupBench.Row("node", new double[] {90, 70, 100}, null)), 12.0);
    }

    @Test
    void geomeanCoversOwnCompletedThroughputScoresOnly() {
        Comparison c = comparison();
        Comparison.Mean kiln = c.ownMean(c.engines().get(0), Phase.WARM);
        assertEquals(200, kiln.value().getAsDouble(), 1e-9); // sqrt(400 * 100); the latency score stays out
        assertEquals(2, kiln.count());
        assertEquals(3, kiln.of());
        assertEquals(Math.cbrt(1600.0 * 1000 * 1000), c.ownMean(c.engines().get(2), Phase.WARM).value().getAsDouble(), 1e-9);
    }

    @Test
    void kilnRatioIsOverTheProgramsBothCompleted() {
        Comparison c = comparison();
        Comparison.Mean vsRhino = c.kilnRatio(c.engines().get(1), Phase.WARM);
        assertEquals(1.0, vsRhino.value().getAsDouble(), 1e-9); // sqrt(400/100 * 100/400)
        assertEquals(2, vsRhino.count());
        Comparison.Mean vsNode = c.kilnRatio(c.engines().get(2), Phase.COLD);
        assertEquals(Math.sqrt(0.1 * 0.05), vsNode.value().getAsDouble(), 1e-9);
    }

    @Test
    void commonToThePeersNeedsEveryPeer() {
        Comparison c = comparison();
        assertEquals(List.of(RICHARDS, SPLAY), c.commonToPeers(Phase.WARM));
        assertTrue(c.meanOver(c.engines().get(0), List.of(RICHARDS, SPLAY, ZLIB), Phase.WARM).value().isEmpty());
    }

    @Test
    void markdownShowsScoresErrorsAndRatios() {
        String md = MarkdownReport.render(comparison());
        assertTrue(md.contains("| Richards | 400 | 100 | 1600 |"), md);
        assertTrue(md.contains("| zlib | FAIL: RangeError: too deep | FAIL: Method too large | 1000 |"), md);
        assertTrue(md.contains("| SplayLatency | 1.00 | FAIL: no score reported | FAIL: no score reported |"), md);
        assertTrue(md.contains("| **Kiln ÷ engine** (programs both completed) | – | **1.00** (2) |"), md);
        assertTrue(md.contains("- Mandreel: mandreel.js missing or empty"), md);
        assertTrue(md.contains("| Kiln | FAIL: no -p option | | | 0 |"), md);
        assertTrue(md.contains("| node | 90 | 70 | 100 | 3 |"), md);
    }

    @Test
    void csvHasOneValuePerLine() {
        String[] lines = CsvReport.render(comparison()).split("\n");
        assertEquals("section,row,engine,phase,value,count,error", lines[0]);
        List<String> rows = new ArrayList<>(List.of(lines));
        assertTrue(rows.contains("score,Richards,Kiln,round1,400,,"), String.join("\n", rows));
        assertTrue(rows.contains("score,zlib,Rhino,round0,,,Method too large"));
        assertTrue(rows.contains("kiln-ratio,Kiln/Rhino,Rhino,warm,1,2,"));
        assertTrue(rows.contains("startup,,node,median_ms,90,3,"));
        assertEquals("\"a, \"\"b\"\"\"", CsvReport.field("a, \"b\""));
    }

    @Test
    void svgIsWellFormed() throws Exception {
        String svg = SvgChart.render(comparison());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertTrue(svg.contains("<title>Richards vs Rhino: 4.00</title>"), svg);
        assertTrue(svg.contains("vs node"));
    }
}

package dev.kiln.bench.parse;

import dev.kiln.bench.InputThroughput;
import dev.kiln.bench.OctaneInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.nashorn.api.tree.CompilationUnitTree;
import org.openjdk.nashorn.api.tree.Parser;

/**
 * Nashorn's public parser API on the inputs of KilnParseBench, with the same settings: the peer
 * figure for Kiln's parse throughput. With no diagnostic listener a syntax error throws, so a
 * file Nashorn cannot parse fails its benchmark instead of timing a partial parse.
 */
@State(Scope.Benchmark)
public class NashornParseBench extends InputThroughput {
    private Parser parser;

    @Setup
    public void create() {
        parser = Parser.create("--language=es6");
    }

    @Benchmark
    public CompilationUnitTree parse(OctaneInput input) {
        return parser.parse(input.input, input.text, null);
    }
}

package dev.kiln.bench.parse;

import dev.kiln.bench.InputThroughput;
import dev.kiln.bench.OctaneInput;
import dev.kiln.parser.ParseOptions;
import dev.kiln.parser.Parser;
import dev.kiln.parser.Source;
import dev.kiln.parser.ast.Program;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Parse throughput of Kiln's parser on large real inputs: source text to AST with every early
 * error checked, as node reads a .js file ({@link ParseOptions#script()}). NashornParseBench
 * (peers profile) measures Nashorn's parser on the same inputs with the same settings.
 */
public class KilnParseBench extends InputThroughput {

    @Benchmark
    public Program parse(OctaneInput input) {
        return Parser.parse(new Source(input.input, input.text), ParseOptions.script());
    }
}

package dev.kiln.bench.compile;

import dev.kiln.bench.InputThroughput;
import dev.kiln.bench.OctaneInput;
import dev.kiln.codegen.CompiledScript;
import dev.kiln.codegen.Compiler;
import dev.kiln.parser.Source;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Compile throughput of Kiln on large real inputs: source text to a class file ready to define
 * in a realm — parse, scope analysis and bytecode generation of every function, as
 * {@link Compiler#compileScript} does for a sloppy-mode Script (no class is defined or run).
 * NashornCompileBench and RhinoCompileBench (peers profile) compile the same inputs with the
 * same settings.
 */
public class KilnCompileBench extends InputThroughput {

    @Benchmark
    public CompiledScript compile(OctaneInput input) {
        return Compiler.compileScript(new Source(input.input, input.text), false);
    }
}

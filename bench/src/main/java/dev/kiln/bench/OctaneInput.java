package dev.kiln.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One large real-world source file from the Octane programs, as the input of a throughput
 * benchmark. {@link Jmh} turns the operations per second of a benchmark with this parameter
 * into MB/s (10^6 bytes of the file as stored, UTF-8).
 */
@State(Scope.Benchmark)
public class OctaneInput {
    /** The parameter {@link Jmh}'s MB/s table looks for. */
    public static final String PARAM = "input";

    // The Octane files of 100 kB and more, and the small first part of gbemu; mandreel.js is
    // missing from the shared snapshot.
    @Param({"typescript-compiler.js", "typescript-input.js", "pdfjs.js", "gbemu-part2.js", "box2d.js",
            "earley-boyer.js", "zlib-data.js", "regexp.js", "code-load.js", "gbemu-part1.js"})
    public String input;

    /** The file's text. */
    public String text;

    @Setup
    public void load() throws IOException {
        text = Files.readString(file(input), StandardCharsets.UTF_8);
    }

    /** The file behind an {@code input} parameter value. */
    public static Path file(String input) {
        return Octane.dir().resolve(input);
    }
}

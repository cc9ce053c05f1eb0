package dev.kiln.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Octane 2.0 program: the files loaded after base.js, in the order of Octane's own run.js,
 * and the scores base.js reports for it. A suite with a latency reference also reports
 * {@code NAME + "Latency"}, which the table lists but the geometric mean leaves out.
 *
 * @param name       the suite name base.js reports
 * @param files      the program's files, loaded in this order
 * @param hasLatency whether the suite reports a latency score too
 */
public record OctaneProgram(String name, List<String> files, boolean hasLatency) {

    /** Every Octane 2.0 program, in run.js order. */
    public static final List<OctaneProgram> ALL = List.of(
            new OctaneProgram("Richards", List.of("richards.js"), false),
            new OctaneProgram("DeltaBlue", List.of("deltablue.js"), false),
            new OctaneProgram("Crypto", List.of("crypto.js"), false),
            new OctaneProgram("RayTrace", List.of("raytrace.js"), false),
            new OctaneProgram("EarleyBoyer", List.of("earley-boyer.js"), false),
            new OctaneProgram("RegExp", List.of("regexp.js"), false),
            new OctaneProgram("Splay", List.of("splay.js"), true),
            new OctaneProgram("NavierStokes", List.of("navier-stokes.js"), false),
            new OctaneProgram("PdfJS", List.of("pdfjs.js"), false),
            new OctaneProgram("Mandreel", List.of("mandreel.js"), true),
            new OctaneProgram("Gameboy", List.of("gbemu-part1.js", "gbemu-part2.js"), false),
            new OctaneProgram("CodeLoad", List.of("code-load.js"), false),
            new OctaneProgram("Box2D", List.of("box2d.js"), false),
            new OctaneProgram("zlib", List.of("zlib.js", "zlib-data.js"), false),
            new OctaneProgram("Typescript", List.of("typescript.js", "typescript-input.js", "typescript-compiler.js"), false));

    /** The programs of the quick run: short ones that still exercise calls, objects and numbers. */
    public static final List<String> QUICK = List.of("Richards", "DeltaBlue", "Crypto", "NavierStokes");

    public OctaneProgram {
        files = List.copyOf(files);
    }

    /** The scores this program reports, throughput first. */
    public List<String> metrics() {
        return hasLatency ? List.of(name, latencyMetric()) : List.of(name);
    }

    public String latencyMetric() {
        return name + "Latency";
    }

    /** Whether {@code metric} counts in the geometric mean (throughput scores do, latency scores don't). */
    public boolean isThroughput(String metric) {
        return metric.equals(name);
    }

    /** Why this program cannot run from {@code octane}, if a file is missing or empty. */
    public Optional<String> missingIn(Path octane) {
        List<String> missing = new ArrayList<>();
        for (String file : files) {
            Path path = octane.resolve(file);
            try {
                if (!Files.isRegularFile(path) || Files.size(path) == 0) missing.add(file);
            } catch (IOException e) {
                missing.add(file);
            }
        }
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(String.join(", ", missing) + " missing or empty in " + octane);
    }

    /** Total size of the program's files: the runner starts the largest programs first. */
    public long size(Path octane) {
        long size = 0;
        for (String file : files) {
            try {
                size += Files.size(octane.resolve(file));
            } catch (IOException e) {
                // a missing file was reported by missingIn; it adds nothing to the size
            }
        }
        return size;
    }

    public static Optional<OctaneProgram> named(String name) {
        return ALL.stream().filter(p -> p.name.equalsIgnoreCase(name)).findFirst();
    }
}

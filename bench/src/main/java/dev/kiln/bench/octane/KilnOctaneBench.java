package dev.kiln.bench.octane;

import dev.kiln.bench.Octane;
import dev.kiln.bench.ScriptRealm;
import dev.kiln.bench.compare.OctaneProgram;
import dev.kiln.runtime.completion.ErrorKind;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Undefined;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each Octane 2.0 program in one Kiln realm, in steady state: the trial loads base.js and the
 * program's files (in run.js order) and runs the benchmarks' setups; one operation is one call
 * of each benchmark's run function, which checks its own result as Octane does. Time per run
 * in milliseconds, with the comparison's JVM flags.
 *
 * <p>{@code program} takes any Octane suite name; the default list is the programs Kiln runs
 * today. Those it does not run yet fail with the JavaScript error (PdfJS, Gameboy, zlib: no
 * typed arrays; RegExp, CodeLoad, Typescript: no RegExp).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xss16m", "-XX:+UseSerialGC"})
public class KilnOctaneBench {

    @Param({"Richards", "DeltaBlue", "Crypto", "RayTrace", "NavierStokes", "Splay", "EarleyBoyer", "Box2D"})
    public String program;

    private ScriptRealm realm;

    @Setup
    public void load() {
        OctaneProgram octane = OctaneProgram.named(program)
                .orElseThrow(() -> new IllegalArgumentException("no Octane program named " + program));
        Path dir = Octane.dir();
        octane.missingIn(dir).ifPresent(missing -> {
            throw new IllegalStateException(missing);
        });
        realm = new ScriptRealm();
        installShell(realm.realm());
        realm.run(dir.resolve("base.js"));
        for (String file : octane.files()) realm.run(dir.resolve(file));
        realm.run("octane-steps.js", ScriptRealm.resource(KilnOctaneBench.class, "octane-steps.js"));
        realm.call("octaneSetUp");
    }

    /**
     * d8's shell functions, which the Octane programs may use and bench/compare gives every
     * engine: {@code print(...)} writes a line to standard output, {@code read(file)} returns a
     * file's text (zlib's Emscripten code looks it up).
     */
    private static void installShell(Realm realm) {
        realm.defineGlobal("print", BuiltinFunction.of(realm, "print", 1, (f, thisArg, args, newTarget) -> {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < args.length; i++) line.append(i > 0 ? " " : "").append(Conversion.toString(args[i]));
            System.out.println(line);
            return Undefined.INSTANCE;
        }));
        realm.defineGlobal("read", BuiltinFunction.of(realm, "read", 1, (f, thisArg, args, newTarget) -> {
            String file = Conversion.toString(BuiltinFunction.arg(args, 0));
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw JSException.of(realm.newError(ErrorKind.ERROR, "cannot read " + file + ": " + e.getMessage()));
            }
        }));
    }

    @Benchmark
    public Object run() {
        return realm.call("octaneRun");
    }

    @TearDown
    public void tearDown() {
        realm.call("octaneTearDown");
    }
}

package dev.kiln.bench.peers;

import dev.kiln.bench.compare.ScriptDriver;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * GraalJS through the polyglot API; {@code print} is its own, {@code read} ours. Whether Truffle's optimizing
 * compiler is active depends on how the JVM was started (JVMCI and the Graal compiler on the
 * upgrade module path), so {@link #describe()} reports the runtime the engine actually got.
 */
public final class GraalDriver extends ScriptDriver {
    private final Context context;

    private GraalDriver() {
        context = Context.newBuilder("js").build();
        context.getBindings("js").putMember("read", (ProxyExecutable) args -> {
            try {
                return readFile(args[0].asString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static void main(String[] args) {
        new GraalDriver().run(args);
    }

    @Override
    protected void runFile(String name, String text) {
        context.eval(Source.newBuilder("js", text, name).buildLiteral());
    }

    @Override
    protected String evaluate(String expression) {
        return context.eval("js", expression).toString();
    }

    /** Truffle's name for the runtime without compilation, which runs every guest interpreted. */
    private static final String INTERPRETER_ONLY = "Interpreted";

    @Override
    protected String describe() {
        Engine engine = context.getEngine();
        String runtime = engine.getImplementationName();
        String jit = runtime.equals(INTERPRETER_ONLY) ? "OFF (interpreter only)" : "active";
        return "the " + runtime + " runtime, optimizing JIT " + jit;
    }
}

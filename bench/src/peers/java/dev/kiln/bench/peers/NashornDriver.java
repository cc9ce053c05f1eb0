package dev.kiln.bench.peers;

import dev.kiln.bench.compare.ScriptDriver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

/** Nashorn through its JSR-223 engine with default options; {@code print} is its own, {@code read} ours. */
public final class NashornDriver extends ScriptDriver {
    private final ScriptEngine engine;

    private NashornDriver() {
        engine = new ScriptEngineManager().getEngineByName("nashorn");
        if (engine == null) {
            throw new IllegalStateException("no JSR-223 engine named nashorn on the class path");
        }
        // Nashorn calls a functional interface object like a function.
        engine.put("read", (Function<Object, String>) file -> {
            try {
                return readFile(String.valueOf(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static void main(String[] args) {
        new NashornDriver().run(args);
    }

    @Override
    protected void runFile(String name, String text) throws ScriptException {
        engine.put(ScriptEngine.FILENAME, name);
        engine.eval(text);
    }

    @Override
    protected String evaluate(String expression) throws ScriptException {
        return String.valueOf(engine.eval(expression));
    }

    @Override
    protected String describe() {
        ScriptEngineFactory factory = engine.getFactory();
        return factory.getEngineName() + " " + factory.getEngineVersion()
                + ", JSR-223, default options";
    }
}

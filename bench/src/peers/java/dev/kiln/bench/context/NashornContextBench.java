package dev.kiln.bench.context;

import javax.script.ScriptEngine;
import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A Nashorn context is a new global of one engine, as JSR-223 makes it: {@link
 * ScriptEngine#createBindings()} creates a Nashorn Global with its built-ins, which scripts of
 * that engine can then run in.
 */
@State(Scope.Thread)
public class NashornContextBench extends ContextCreation {
    private ScriptEngine engine;

    @Setup
    public void setup() {
        engine = new NashornScriptEngineFactory().getScriptEngine("--language=es6");
    }

    @Override
    protected Object newContext() {
        return engine.createBindings();
    }
}

package dev.kiln.bench.context;

import org.mozilla.javascript.Context;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A Rhino context is a new top-level scope with the standard objects, {@link
 * Context#initStandardObjects()}, in the Context the thread entered once (language version ES6,
 * as bench/compare runs Rhino).
 */
@State(Scope.Thread)
public class RhinoContextBench extends ContextCreation {
    private Context cx;

    @Setup
    public void enter() {
        cx = Context.enter();
        cx.setLanguageVersion(Context.VERSION_ES6);
    }

    @TearDown
    public void exit() {
        Context.exit();
    }

    @Override
    protected Object newContext() {
        return cx.initStandardObjects();
    }
}

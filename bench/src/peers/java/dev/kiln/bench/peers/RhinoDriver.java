package dev.kiln.bench.peers;

import dev.kiln.bench.compare.ScriptDriver;
import java.io.IOException;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/** Mozilla Rhino in compiled mode, optimization level 9, language version ES6, with {@code print} and {@code read}. */
public final class RhinoDriver extends ScriptDriver {
    private static final int OPTIMIZATION_LEVEL = 9;

    private final Context cx;
    private final Scriptable scope;

    @SuppressWarnings("deprecation") // optimization levels are how Rhino 1.8 still selects its compiler
    private RhinoDriver() {
        cx = Context.enter();
        cx.setOptimizationLevel(OPTIMIZATION_LEVEL);
        cx.setLanguageVersion(Context.VERSION_ES6);
        scope = cx.initStandardObjects();
        ScriptableObject.putProperty(scope, "print", new LambdaFunction(scope, "print", 1,
                (c, s, thisObj, args) -> {
                    StringBuilder line = new StringBuilder();
                    for (int i = 0; i < args.length; i++) {
                        if (i > 0) line.append(' ');
                        line.append(Context.toString(args[i]));
                    }
                    System.out.println(line);
                    return Context.getUndefinedValue();
                }));
        ScriptableObject.putProperty(scope, "read", new LambdaFunction(scope, "read", 1,
                (c, s, thisObj, args) -> {
                    String file = Context.toString(args.length > 0 ? args[0] : Context.getUndefinedValue());
                    try {
                        return readFile(file);
                    } catch (IOException e) {
                        throw Context.reportRuntimeError("read: cannot read " + file + ": " + e.getMessage());
                    }
                }));
    }

    public static void main(String[] args) {
        new RhinoDriver().run(args);
    }

    @Override
    protected void runFile(String name, String text) {
        cx.evaluateString(scope, text, name, 1, null);
    }

    @Override
    protected String evaluate(String expression) {
        return Context.toString(cx.evaluateString(scope, expression, "<expression>", 1, null));
    }

    @Override
    @SuppressWarnings("deprecation")
    protected String describe() {
        String language = cx.getLanguageVersion() == Context.VERSION_ES6 ? "ES6" : Integer.toString(cx.getLanguageVersion());
        return cx.getImplementationVersion() + ", compiled mode, optimization level " + cx.getOptimizationLevel()
                + ", language version " + language;
    }
}

package dev.kiln.codegen;

import dev.kiln.codegen.load.RealmClassLoader;
import dev.kiln.parser.Source;
import dev.kiln.parser.SyntaxError;
import dev.kiln.runtime.completion.ErrorKind;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.function.Unchecked;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.realm.Evaluator;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Undefined;
import java.lang.invoke.MethodHandle;

/**
 * Runs compiled code in one realm, and is that realm's {@link Evaluator}: the way indirect
 * eval and the Function constructors reach the compiler.
 */
public final class ScriptEvaluator implements Evaluator {
    private final Realm realm;
    private final RealmClassLoader loader;

    private ScriptEvaluator(Realm realm) {
        this.realm = realm;
        this.loader = new RealmClassLoader(realm);
    }

    /** The evaluator of {@code realm}, installing one on first use. */
    public static ScriptEvaluator of(Realm realm) {
        Evaluator existing = realm.evaluatorOrNull();
        if (existing instanceof ScriptEvaluator se) return se;
        ScriptEvaluator se = new ScriptEvaluator(realm);
        realm.setEvaluator(se);
        return se;
    }

    public Realm realm() {
        return realm;
    }

    /** Runs a compiled script's top-level code in this realm (16.1.6 ScriptEvaluation); returns its completion value. */
    public Object run(CompiledScript script) {
        MethodHandle entry = loader.entryPoint(script);
        try {
            return (Object) entry.invokeExact((dev.kiln.runtime.function.ScriptFunction) null, realm.globalThisValue(),
                    (Object) Undefined.INSTANCE, new Object[0]);
        } catch (Throwable t) {
            throw Unchecked.rethrow(t);
        }
    }

    /** Parses, compiles and runs a script; a SyntaxError becomes a JavaScript SyntaxError of this realm. */
    public Object evaluate(Source source) {
        return run(compile(source, false));
    }

    private CompiledScript compile(Source source, boolean strict) {
        try {
            return Compiler.compileScript(source, strict);
        } catch (SyntaxError e) {
            throw JSException.of(realm.newError(ErrorKind.SYNTAX_ERROR, e.getMessage()));
        }
    }

    @Override
    public Object indirectEval(Realm realm, String sourceText) {
        return run(compile(new Source("eval", sourceText), false));
    }

    @Override
    public JSObject createDynamicFunction(Realm realm, JSObject newTarget, FunctionKind kind, String parameters, String body) {
        throw realm.syntaxError("The Function constructor is not compiled yet");
    }
}

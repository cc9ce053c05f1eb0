package dev.kiln.codegen;

import dev.kiln.codegen.load.LoadedUnit;
import dev.kiln.codegen.load.RealmClassLoader;
import dev.kiln.codegen.scope.EvalSite;
import dev.kiln.parser.DynamicFunctionKind;
import dev.kiln.parser.Parser;
import dev.kiln.parser.Source;
import dev.kiln.parser.SyntaxError;
import dev.kiln.runtime.completion.ErrorKind;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.completion.StackTrace;
import dev.kiln.runtime.function.FunctionData;
import dev.kiln.runtime.function.ScriptFunction;
import dev.kiln.runtime.function.Unchecked;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Evaluator;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Undefined;
import java.lang.invoke.MethodHandle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs compiled code in one realm, and is that realm's {@link Evaluator}: the way eval and the
 * Function constructors reach the compiler.
 *
 * <p>Code compiled at run time is cached per realm, keyed by its text and everything else that
 * decides its compilation (for eval code, the description of its call site): programs and
 * test suites eval the same strings again and again. The cache keeps the most recently used
 * units; the others are unloaded once nothing uses them.
 */
public final class ScriptEvaluator implements Evaluator {
    /** How many units compiled at run time a realm keeps ready. */
    private static final int CACHE_SIZE = 256;
    /** The cache key context of indirect eval, whose code does not depend on where it is called. */
    private static final String INDIRECT = "indirect eval";
    private static final Object[] NO_ARGUMENTS = new Object[0];

    private final Realm realm;
    private final RealmClassLoader loader;
    private final Map<Key, FunctionData> compiled = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, FunctionData> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** What decides the compilation of a text, besides the text. */
    private record Key(String context, String text) {}

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

    /** Calls {@code listener} with every unit compiled for this realm before its class is defined (scripts, eval code). */
    public void onDefinition(Consumer<CompiledScript> listener) {
        loader.onDefinition(listener);
    }

    /**
     * Runs a compiled script's top-level code in this realm (16.1.6 ScriptEvaluation); returns its
     * completion value. A stack overflow no JavaScript catch handled leaves as the RangeError it is.
     */
    public Object run(CompiledScript script) {
        MethodHandle entry = loader.entryPoint(script);
        try {
            return (Object) entry.invokeExact((ScriptFunction) null, realm.globalThisValue(), (Object) Undefined.INSTANCE,
                    NO_ARGUMENTS);
        } catch (StackOverflowError e) {
            throw JSException.of(realm.newError(ErrorKind.RANGE_ERROR, "Maximum call stack size exceeded"));
        } catch (Throwable t) {
            throw Unchecked.rethrow(t);
        }
    }

    /** Parses, compiles and runs a script; a SyntaxError becomes a JavaScript SyntaxError of this realm. */
    public Object evaluate(Source source) {
        return run(compile(() -> Compiler.compileScript(source, false)));
    }

    /**
     * Compiles (or parses), turning the compiler's SyntaxError into a JavaScript SyntaxError of this
     * realm, and code the JVM's class file limits cannot hold yet into a RangeError that says so.
     */
    private <T> T compile(Supplier<T> compilation) {
        try {
            return compilation.get();
        } catch (SyntaxError e) {
            throw JSException.of(realm.newError(ErrorKind.SYNTAX_ERROR, e.getMessage()));
        } catch (org.objectweb.asm.MethodTooLargeException e) {
            throw JSException.of(realm.newError(ErrorKind.RANGE_ERROR,
                    "Code too large to compile: a function's bytecode exceeds the JVM's 64 KB method limit"));
        } catch (org.objectweb.asm.ClassTooLargeException e) {
            throw JSException.of(realm.newError(ErrorKind.RANGE_ERROR,
                    "Code too large to compile: the unit exceeds the JVM's class file limits"));
        }
    }

    // ---------------------------------------------------------------- eval and dynamic functions

    @Override
    public Object directEval(Realm realm, String sourceText, String site, Object[] env) {
        FunctionData code = cached(new Key(site, sourceText),
                () -> Compiler.compileEval(sourceText, EvalSite.decode(site), site));
        return runEvalCode(code, env);
    }

    @Override
    public Object indirectEval(Realm realm, String sourceText) {
        FunctionData code = cached(new Key(INDIRECT, sourceText),
                () -> Compiler.compileEval(sourceText, EvalSite.global(callerOrigin()), INDIRECT));
        return runEvalCode(code, null);
    }

    /** The origin V8 gives indirect eval code: the JavaScript frame that called eval. */
    private static String callerOrigin() {
        var frames = StackTrace.capture(1).frames();
        if (frames.isEmpty()) return "eval at <anonymous>";
        StackTrace.Frame f = frames.get(0);
        String name = f.function() == null || f.function().isEmpty() ? "<anonymous>" : f.function();
        return "eval at " + name + " (" + f.file() + ":" + f.line() + ":" + f.column() + ")";
    }

    /**
     * Eval code is the top-level function of its unit, closed over the caller's environment array;
     * code without statements has no unit (null) and the value undefined.
     */
    private static Object runEvalCode(FunctionData code, Object[] env) {
        if (code == null) return Undefined.INSTANCE;
        ScriptFunction function = ScriptFunction.create(code, env);
        try {
            return (Object) code.body().invokeExact(function, (Object) Undefined.INSTANCE, (Object) Undefined.INSTANCE,
                    NO_ARGUMENTS);
        } catch (Throwable t) {
            throw Unchecked.rethrow(t);
        }
    }

    /** 20.2.1.1.1 CreateDynamicFunction steps 14-34 (the conversions before are the Function constructor's). */
    @Override
    public JSObject createDynamicFunction(Realm realm, JSObject newTarget, FunctionKind kind, String parameters, String body) {
        DynamicFunctionKind dynamicKind = DynamicFunctionKind.valueOf(kind.name());
        if (dynamicKind != DynamicFunctionKind.NORMAL) {
            compile(() -> Parser.parseFunction("<anonymous>", parameters, body, dynamicKind)); // its SyntaxErrors first
            throw realm.typeError(dynamicKind.prefix() + " is not supported yet");
        }
        FunctionData code = cached(new Key(kind.name() + "(" + parameters, body),
                () -> Compiler.compileDynamicFunction(parameters, body, dynamicKind));
        JSObject proto = ObjectOperations.getPrototypeFromConstructor(newTarget, Intrinsic.FUNCTION_PROTOTYPE);
        JSObject function;
        try {
            function = (JSObject) (Object) code.body().invokeExact((ScriptFunction) null, (Object) Undefined.INSTANCE,
                    (Object) Undefined.INSTANCE, NO_ARGUMENTS);
        } catch (Throwable t) {
            throw Unchecked.rethrow(t);
        }
        if (function.getPrototypeOf() != proto) function.setPrototypeOf(proto);
        return function;
    }

    /**
     * The top-level code of the unit compiled for {@code key}, compiling and defining it on a miss;
     * null when the compilation gives no unit.
     */
    private FunctionData cached(Key key, Supplier<CompiledScript> compilation) {
        synchronized (compiled) {
            FunctionData code = compiled.get(key);
            if (code != null) return code;
        }
        CompiledScript script = compile(compilation);
        if (script == null) return null;
        LoadedUnit unit = loader.defineTransient(script);
        FunctionData code = new FunctionData(realm, unit.runtime(), "eval", 0, 0, unit.entryPoint(), null, -1, 0,
                script.sourceText().length());
        if (!script.templateSites()) {
            synchronized (compiled) {
                compiled.put(key, code);
            }
        }
        return code;
    }
}

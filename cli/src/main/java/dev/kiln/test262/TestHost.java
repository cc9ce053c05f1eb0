package dev.kiln.test262;

import dev.kiln.codegen.ScriptEvaluator;
import dev.kiln.parser.Source;
import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayList;
import java.util.List;

/**
 * The host of one test run in one mode: makes its realms, each with the host-defined globals
 * INTERPRETING.md asks for ({@code print} and {@code $262}), hands each realm to the run's
 * {@link Interrupt}, and collects what the test prints.
 *
 * <p>{@code $262.agent} is not defined: the tests that need agents (SharedArrayBuffer and Atomics)
 * are skipped by feature until those built-ins exist.
 */
final class TestHost {
    /** How an async test reports (INTERPRETING.md, "async"): through print, with these prefixes. */
    static final String ASYNC_PREFIX = "Test262:";

    private final Interrupt interrupt;
    private final List<String> asyncMessages = new ArrayList<>();

    TestHost(Interrupt interrupt) {
        this.interrupt = interrupt;
    }

    /** A fresh realm with its evaluator and the host-defined globals; interrupted with the run. */
    Realm newRealm() {
        Realm realm = new Realm();
        ScriptEvaluator.of(realm);
        interrupt.onRequest(() -> realm.requestInterrupt(interrupt.reason()));
        realm.defineGlobal("print", BuiltinFunction.of(realm, "print", 1, this::print));
        realm.defineGlobal("$262", create262(realm));
        return realm;
    }

    /** What the test printed that starts with {@code Test262:}, in order; other output is dropped. */
    synchronized List<String> asyncMessages() {
        return List.copyOf(asyncMessages);
    }

    private Object print(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String text = Conversion.toString(BuiltinFunction.arg(args, 0));
        if (text.startsWith(ASYNC_PREFIX)) {
            synchronized (this) {
                asyncMessages.add(text);
            }
        }
        return Undefined.INSTANCE;
    }

    private JSObject create262(Realm realm) {
        JSObject $262 = new JSObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE));
        Define.method(realm, $262, "createRealm", 0, (f, t, a, n) -> newRealm().globalObject().get("$262"));
        Define.method(realm, $262, "evalScript", 1, (f, t, a, n) -> evalScript(realm, BuiltinFunction.arg(a, 0)));
        Define.method(realm, $262, "gc", 0, (f, t, a, n) -> {
            System.gc();
            return Undefined.INSTANCE;
        });
        Define.method(realm, $262, "detachArrayBuffer", 1, (f, t, a, n) -> {
            throw JSException.typeError("$262.detachArrayBuffer: Kiln has no ArrayBuffer yet");
        });
        Define.value($262, "global", realm.globalObject());
        Define.value($262, "IsHTMLDDA", new IsHTMLDDA(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE)));
        return $262;
    }

    /**
     * INTERPRETING.md's evalScript: ParseScript (a SyntaxError is thrown as this realm's
     * SyntaxError), then ScriptEvaluation, returning its completion value.
     */
    private static Object evalScript(Realm realm, Object sourceText) {
        if (!(sourceText instanceof CharSequence text)) {
            throw JSException.typeError("$262.evalScript: the source text must be a string");
        }
        return ScriptEvaluator.of(realm).evaluate(new Source("evalScript", text.toString()));
    }
}

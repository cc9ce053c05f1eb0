package dev.kiln.runtime.builtins.global;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;

/**
 * 19.2.1 eval ( x ): the function object %eval%. Called as a function it performs an indirect
 * eval in its own realm; a direct call {@code eval(src)} is compiled specially by the compiler,
 * which recognises %eval% at the call site.
 */
final class Eval {
    private Eval() {}

    static void install(Realm realm) {
        GlobalObject.define(realm, Intrinsic.EVAL, BuiltinFunction.of(realm, "eval", 1, Eval::eval));
    }

    // 19.2.1 eval ( x ): PerformEval(x, false, false)
    private static Object eval(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object x = arg(args, 0);
        // 19.2.1.1 PerformEval step 2
        if (!(x instanceof CharSequence source)) return x;
        Realm realm = f.realm();
        // 19.2.1.2 HostEnsureCanCompileStrings: a realm without a compiler refuses with an EvalError.
        return realm.evaluator().indirectEval(realm, source.toString());
    }
}

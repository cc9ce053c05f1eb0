package dev.kiln.runtime.env;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Undefined;

/**
 * A call {@code eval(...)} (13.3.6.1 steps 6-7): a direct eval when the callee is the realm's
 * %eval%, which only run time can tell; otherwise an ordinary call with the this value the
 * reference gave (a with object, or undefined).
 */
public final class DirectEval {
    private DirectEval() {}

    /**
     * {@code site} and {@code env} describe and hold the caller's scopes (see
     * {@link dev.kiln.runtime.realm.Evaluator#directEval}).
     */
    public static Object call(Object callee, Object thisValue, Object[] args, Realm realm, String site, Object[] env) {
        if (callee != realm.intrinsic(Intrinsic.EVAL)) {
            if (callee instanceof JSObject f && f.isCallable()) return f.call(thisValue, args);
            throw realm.typeError("eval is not a function");
        }
        if (args.length == 0) return Undefined.INSTANCE;
        // 19.2.1.1 PerformEval step 2
        if (!(args[0] instanceof CharSequence source)) return args[0];
        return realm.evaluator().directEval(realm, source.toString(), site, env);
    }
}

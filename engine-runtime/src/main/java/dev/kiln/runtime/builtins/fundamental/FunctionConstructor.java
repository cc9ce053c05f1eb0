package dev.kiln.runtime.builtins.fundamental;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Evaluator;
import dev.kiln.runtime.realm.Evaluator.FunctionKind;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;

/** 20.2.1 The Function Constructor and 20.2.2 its properties; installs %Function.prototype%'s too. */
public final class FunctionConstructor {
    private FunctionConstructor() {}

    public static void install(Realm realm) {
        FunctionPrototype.install(realm);
        JSObject proto = realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE);
        BuiltinFunction function = Define.constructor(realm, proto, "Function", 1, proto,
                (f, thisArg, args, newTarget) -> createDynamicFunction(f, newTarget, FunctionKind.NORMAL, args));
        realm.setIntrinsic(Intrinsic.FUNCTION, function);
        realm.defineGlobal("Function", function);
    }

    /**
     * 20.2.1.1.1 CreateDynamicFunction up to the parse: converts the arguments to the parameter
     * list and body texts (steps 6-13) and hands them to the realm's compiler, which parses,
     * checks and creates the function (steps 14-34). Shared with the generator and async
     * function constructors. {@code newTarget} is null for a [[Call]].
     */
    public static Object createDynamicFunction(BuiltinFunction constructor, JSObject newTarget, FunctionKind kind, Object[] args) {
        JSObject target = newTarget == null ? constructor : newTarget;
        int argCount = Math.max(args.length - 1, 0);
        StringBuilder parameters = new StringBuilder();
        for (int k = 0; k < argCount; k++) {
            if (k > 0) parameters.append(',');
            parameters.append(Conversion.toCharSequence(args[k]));
        }
        String body = args.length == 0 ? "" : Conversion.toString(args[args.length - 1]);
        Realm currentRealm = constructor.realm();
        // 19.2.1.2 HostEnsureCanCompileStrings: a realm without a compiler refuses with an EvalError.
        Evaluator evaluator = currentRealm.evaluator();
        return evaluator.createDynamicFunction(currentRealm, target, kind, parameters.toString(), body);
    }
}

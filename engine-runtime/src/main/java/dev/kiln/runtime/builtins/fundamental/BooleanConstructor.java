package dev.kiln.runtime.builtins.fundamental;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;

/** 20.3.1 The Boolean Constructor and 20.3.2 its properties; installs %Boolean.prototype% too. */
public final class BooleanConstructor {
    private BooleanConstructor() {}

    public static void install(Realm realm) {
        JSObject proto = BooleanPrototype.create(realm);
        BuiltinFunction booleanConstructor = Define.constructor(realm, realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE), "Boolean", 1,
                proto, BooleanConstructor::construct);
        realm.setIntrinsic(Intrinsic.BOOLEAN_PROTOTYPE, proto);
        realm.setIntrinsic(Intrinsic.BOOLEAN, booleanConstructor);
        realm.defineGlobal("Boolean", booleanConstructor);
    }

    // 20.3.1.1 Boolean ( value )
    private static Object construct(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        boolean b = Conversion.toBoolean(arg(args, 0));
        if (newTarget == null) return b;
        return new PrimitiveWrapper(ObjectOperations.getPrototypeFromConstructor(newTarget, Intrinsic.BOOLEAN_PROTOTYPE), b);
    }
}

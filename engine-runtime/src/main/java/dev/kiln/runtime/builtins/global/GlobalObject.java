package dev.kiln.runtime.builtins.global;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Undefined;

/**
 * 19 The Global Object: the value properties of 19.1 and the function properties of 19.2 (with
 * Annex B.2.1's escape and unescape). The constructor and namespace properties of 19.3 and 19.4
 * are defined by their own families.
 */
public final class GlobalObject {
    private GlobalObject() {}

    public static void install(Realm realm) {
        JSObject global = realm.globalObject();
        // 19.1.1 globalThis
        realm.defineGlobal("globalThis", realm.globalThisValue());
        // 19.1.2 Infinity, 19.1.3 NaN, 19.1.4 undefined: neither writable nor configurable
        global.defineOwn("Infinity", Double.POSITIVE_INFINITY, 0);
        global.defineOwn("NaN", Double.NaN, 0);
        global.defineOwn("undefined", Undefined.INSTANCE, 0);
        Eval.install(realm);
        define(realm, Intrinsic.IS_FINITE, BuiltinFunction.of(realm, "isFinite", 1, GlobalObject::isFinite));
        define(realm, Intrinsic.IS_NAN, BuiltinFunction.of(realm, "isNaN", 1, GlobalObject::isNaN));
        NumberParsing.install(realm);
        UriHandling.install(realm);
        LegacyEscaping.install(realm);
    }

    /** Registers a global function as its intrinsic and defines it on the global object. */
    static void define(Realm realm, Intrinsic intrinsic, BuiltinFunction f) {
        realm.setIntrinsic(intrinsic, f);
        realm.globalObject().defineOwn(f.debugName(), f, Property.HIDDEN);
    }

    // 19.2.2 isFinite ( number )
    private static Object isFinite(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        double num = Conversion.toNumber(arg(args, 0));
        return !Double.isNaN(num) && !Double.isInfinite(num);
    }

    // 19.2.3 isNaN ( number )
    private static Object isNaN(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return Double.isNaN(Conversion.toNumber(arg(args, 0)));
    }
}

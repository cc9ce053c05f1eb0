package dev.kiln.runtime.builtins.fundamental;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;

/** 20.3.3 Properties of the Boolean Prototype Object: itself a Boolean object holding false. */
final class BooleanPrototype {
    private BooleanPrototype() {}

    static JSObject create(Realm realm) {
        JSObject proto = new PrimitiveWrapper(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE), false);
        Define.method(realm, proto, "toString", 0, BooleanPrototype::toStringMethod);
        Define.method(realm, proto, "valueOf", 0, BooleanPrototype::valueOf);
        return proto;
    }

    // 20.3.3.2 Boolean.prototype.toString ( )
    private static Object toStringMethod(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return thisBooleanValue(f, thisArg, "Boolean.prototype.toString") ? "true" : "false";
    }

    // 20.3.3.3 Boolean.prototype.valueOf ( )
    private static Object valueOf(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return thisBooleanValue(f, thisArg, "Boolean.prototype.valueOf");
    }

    /** 20.3.3.3.1 ThisBooleanValue */
    private static boolean thisBooleanValue(BuiltinFunction f, Object value, String method) {
        if (value instanceof Boolean b) return b;
        if (value instanceof PrimitiveWrapper w && w.primitiveValue() instanceof Boolean b) return b;
        throw f.realm().typeError(method + " requires that 'this' be a Boolean");
    }
}

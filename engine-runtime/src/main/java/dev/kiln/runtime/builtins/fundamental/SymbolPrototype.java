package dev.kiln.runtime.builtins.fundamental;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;

/** 20.4.3 Properties of the Symbol Prototype Object: an ordinary object, not a Symbol wrapper. */
final class SymbolPrototype {
    private SymbolPrototype() {}

    static JSObject create(Realm realm) {
        JSObject proto = new JSObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE));
        Define.getter(realm, proto, "description", SymbolPrototype::description);
        Define.method(realm, proto, "toString", 0, SymbolPrototype::toStringMethod);
        Define.method(realm, proto, "valueOf", 0, SymbolPrototype::valueOf);
        Define.method(realm, proto, Symbol.TO_PRIMITIVE, 1, Property.CONFIGURABLE, SymbolPrototype::toPrimitive);
        Define.configurableConstant(proto, Symbol.TO_STRING_TAG, "Symbol");
        return proto;
    }

    // 20.4.3.2 get Symbol.prototype.description
    private static Object description(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String description = thisSymbolValue(f, thisArg, "Symbol.prototype.description").description();
        return description == null ? Undefined.INSTANCE : description;
    }

    // 20.4.3.3 Symbol.prototype.toString ( )
    private static Object toStringMethod(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return thisSymbolValue(f, thisArg, "Symbol.prototype.toString").descriptiveString();
    }

    // 20.4.3.4 Symbol.prototype.valueOf ( )
    private static Object valueOf(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return thisSymbolValue(f, thisArg, "Symbol.prototype.valueOf");
    }

    // 20.4.3.5 Symbol.prototype [ %Symbol.toPrimitive% ] ( hint )
    private static Object toPrimitive(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return thisSymbolValue(f, thisArg, "Symbol.prototype [ @@toPrimitive ]");
    }

    /** 20.4.3.4.1 ThisSymbolValue */
    private static Symbol thisSymbolValue(BuiltinFunction f, Object value, String method) {
        if (value instanceof Symbol s) return s;
        if (value instanceof PrimitiveWrapper w && w.primitiveValue() instanceof Symbol s) return s;
        throw f.realm().typeError(method + " requires that 'this' be a Symbol");
    }
}

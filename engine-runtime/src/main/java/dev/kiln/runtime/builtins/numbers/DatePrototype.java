package dev.kiln.runtime.builtins.numbers;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.DateObject;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Types;

/** 21.4.4 Properties of the Date Prototype Object: an ordinary object, not a Date. */
final class DatePrototype {
    private DatePrototype() {}

    static JSObject create(Realm realm) {
        JSObject proto = new JSObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE));
        Define.method(realm, proto, "getTime", 0, DatePrototype::getTime);
        Define.method(realm, proto, "toISOString", 0, DatePrototype::toISOString);
        Define.method(realm, proto, "toString", 0, DatePrototype::toStringMethod);
        Define.method(realm, proto, "toUTCString", 0, DatePrototype::toUTCString);
        Define.method(realm, proto, "valueOf", 0, DatePrototype::valueOf);
        Define.method(realm, proto, Symbol.TO_PRIMITIVE, 1, Property.CONFIGURABLE, DatePrototype::toPrimitive);
        return proto;
    }

    // 21.4.4.10 Date.prototype.getTime ( )
    private static Object getTime(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return Types.number(thisTimeValue(f, thisArg));
    }

    // 21.4.4.36 Date.prototype.toISOString ( )
    private static Object toISOString(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        double tv = thisTimeValue(f, thisArg);
        if (!Double.isFinite(tv)) throw f.realm().rangeError("Invalid time value");
        return DateStrings.toISOString(tv);
    }

    // 21.4.4.41 Date.prototype.toString ( )
    private static Object toStringMethod(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return DateStrings.toDateString(thisTimeValue(f, thisArg));
    }

    // 21.4.4.43 Date.prototype.toUTCString ( )
    private static Object toUTCString(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return DateStrings.toUTCString(thisTimeValue(f, thisArg));
    }

    // 21.4.4.44 Date.prototype.valueOf ( )
    private static Object valueOf(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return Types.number(thisTimeValue(f, thisArg));
    }

    // 21.4.4.45 Date.prototype [ %Symbol.toPrimitive% ] ( hint )
    private static Object toPrimitive(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (!(thisArg instanceof JSObject o)) throw f.realm().typeError("Date.prototype[Symbol.toPrimitive] called on non-object");
        Object hint = arg(args, 0);
        Conversion.Hint tryFirst;
        if (hint instanceof CharSequence h && (h.toString().equals("string") || h.toString().equals("default"))) {
            tryFirst = Conversion.Hint.STRING;
        } else if (hint instanceof CharSequence h && h.toString().equals("number")) {
            tryFirst = Conversion.Hint.NUMBER;
        } else {
            throw f.realm().typeError("Invalid hint");
        }
        return Conversion.ordinaryToPrimitive(o, tryFirst);
    }

    /** RequireInternalSlot(this, [[DateValue]]) and the slot's value. */
    private static double thisTimeValue(BuiltinFunction f, Object value) {
        if (value instanceof DateObject d) return d.dateValue();
        throw f.realm().typeError("this is not a Date object.");
    }
}

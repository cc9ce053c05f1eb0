package dev.kiln.runtime.builtins.fundamental;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;

/** 20.1.3 Properties of the Object Prototype Object, with the legacy accessors of 20.1.3.8 and 20.1.3.9. */
final class ObjectPrototype {
    private ObjectPrototype() {}

    /** Fills %Object.prototype%, which the realm made first of all; "constructor" is defined with %Object%. */
    static void install(Realm realm) {
        JSObject proto = realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE);
        Define.method(realm, proto, "hasOwnProperty", 1, ObjectPrototype::hasOwnProperty);
        Define.method(realm, proto, "isPrototypeOf", 1, ObjectPrototype::isPrototypeOf);
        Define.method(realm, proto, "propertyIsEnumerable", 1, ObjectPrototype::propertyIsEnumerable);
        Define.method(realm, proto, "toLocaleString", 0, ObjectPrototype::toLocaleString);
        realm.setIntrinsic(Intrinsic.OBJECT_PROTOTYPE_TO_STRING, Define.method(realm, proto, "toString", 0, ObjectPrototype::toStringMethod));
        Define.method(realm, proto, "valueOf", 0, ObjectPrototype::valueOf);
        Define.accessor(realm, proto, "__proto__", ObjectPrototype::getProto, ObjectPrototype::setProto);
        Define.method(realm, proto, "__defineGetter__", 2, ObjectPrototype::defineGetter);
        Define.method(realm, proto, "__defineSetter__", 2, ObjectPrototype::defineSetter);
        Define.method(realm, proto, "__lookupGetter__", 1, ObjectPrototype::lookupGetter);
        Define.method(realm, proto, "__lookupSetter__", 1, ObjectPrototype::lookupSetter);
    }

    // 20.1.3.2 Object.prototype.hasOwnProperty ( V )
    private static Object hasOwnProperty(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object key = Conversion.toPropertyKey(arg(args, 0));
        JSObject o = Conversion.toObject(f.realm(), thisArg);
        return o.hasOwnProperty(key);
    }

    // 20.1.3.3 Object.prototype.isPrototypeOf ( V )
    private static Object isPrototypeOf(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (!(arg(args, 0) instanceof JSObject v)) return false;
        JSObject o = Conversion.toObject(f.realm(), thisArg);
        while (true) {
            v = v.getPrototypeOf();
            if (v == null) return false;
            if (v == o) return true;
        }
    }

    // 20.1.3.4 Object.prototype.propertyIsEnumerable ( V )
    private static Object propertyIsEnumerable(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object key = Conversion.toPropertyKey(arg(args, 0));
        JSObject o = Conversion.toObject(f.realm(), thisArg);
        PropertyDescriptor desc = o.getOwnProperty(key);
        return desc != null && desc.enumerable();
    }

    // 20.1.3.5 Object.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
    private static Object toLocaleString(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return ObjectOperations.invoke(f.realm(), thisArg, "toString");
    }

    // 20.1.3.6 Object.prototype.toString ( )
    private static Object toStringMethod(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return toString(f.realm(), thisArg);
    }

    /** 20.1.3.6 Object.prototype.toString of a value; also %Object.prototype.toString% for other callers. */
    static String toString(Realm realm, Object thisValue) {
        if (thisValue == Undefined.INSTANCE) return "[object Undefined]";
        if (thisValue == Null.INSTANCE) return "[object Null]";
        JSObject o = Conversion.toObject(realm, thisValue);
        String builtinTag = Comparison.isArray(o) ? "Array" : o.builtinTag();
        Object tag = o.get(Symbol.TO_STRING_TAG, o);
        return "[object " + (tag instanceof CharSequence s ? s.toString() : builtinTag) + "]";
    }

    // 20.1.3.7 Object.prototype.valueOf ( )
    private static Object valueOf(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return Conversion.toObject(f.realm(), thisArg);
    }

    // 20.1.3.8.1 get Object.prototype.__proto__
    private static Object getProto(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject o = Conversion.toObject(f.realm(), thisArg);
        JSObject proto = o.getPrototypeOf();
        return proto == null ? Null.INSTANCE : proto;
    }

    // 20.1.3.8.2 set Object.prototype.__proto__
    private static Object setProto(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Comparison.requireObjectCoercible(thisArg, "Object.prototype.__proto__ setter");
        Object proto = arg(args, 0);
        if (!(proto instanceof JSObject) && proto != Null.INSTANCE) return Undefined.INSTANCE;
        if (!(thisArg instanceof JSObject o)) return Undefined.INSTANCE;
        if (!o.setPrototypeOf(proto instanceof JSObject p ? p : null)) {
            throw f.realm().typeError("Object.prototype.__proto__: cyclic prototype chain or object not extensible");
        }
        return Undefined.INSTANCE;
    }

    // 20.1.3.9.1 Object.prototype.__defineGetter__ ( P, getter )
    private static Object defineGetter(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject o = Conversion.toObject(f.realm(), thisArg);
        Object getter = arg(args, 1);
        if (!Comparison.isCallable(getter)) throw f.realm().typeError("Object.prototype.__defineGetter__: Expecting function");
        PropertyDescriptor desc = new PropertyDescriptor().getter(getter).enumerable(true).configurable(true);
        Object key = Conversion.toPropertyKey(arg(args, 0));
        ObjectOperations.definePropertyOrThrow(o, key, desc);
        return Undefined.INSTANCE;
    }

    // 20.1.3.9.2 Object.prototype.__defineSetter__ ( P, setter )
    private static Object defineSetter(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject o = Conversion.toObject(f.realm(), thisArg);
        Object setter = arg(args, 1);
        if (!Comparison.isCallable(setter)) throw f.realm().typeError("Object.prototype.__defineSetter__: Expecting function");
        PropertyDescriptor desc = new PropertyDescriptor().setter(setter).enumerable(true).configurable(true);
        Object key = Conversion.toPropertyKey(arg(args, 0));
        ObjectOperations.definePropertyOrThrow(o, key, desc);
        return Undefined.INSTANCE;
    }

    // 20.1.3.9.3 Object.prototype.__lookupGetter__ ( P )
    private static Object lookupGetter(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return lookupAccessor(f, thisArg, args, true);
    }

    // 20.1.3.9.4 Object.prototype.__lookupSetter__ ( P )
    private static Object lookupSetter(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return lookupAccessor(f, thisArg, args, false);
    }

    private static Object lookupAccessor(BuiltinFunction f, Object thisArg, Object[] args, boolean getter) {
        JSObject o = Conversion.toObject(f.realm(), thisArg);
        Object key = Conversion.toPropertyKey(arg(args, 0));
        while (true) {
            PropertyDescriptor desc = o.getOwnProperty(key);
            if (desc != null) {
                if (!desc.isAccessorDescriptor()) return Undefined.INSTANCE;
                return getter ? desc.getter() : desc.setter();
            }
            o = o.getPrototypeOf();
            if (o == null) return Undefined.INSTANCE;
        }
    }
}

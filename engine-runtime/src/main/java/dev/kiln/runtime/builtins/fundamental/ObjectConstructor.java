package dev.kiln.runtime.builtins.fundamental;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.ops.ObjectOperations.EnumerableKind;
import dev.kiln.runtime.ops.ObjectOperations.IntegrityLevel;
import dev.kiln.runtime.ops.ObjectOperations.KeyCoercion;
import dev.kiln.runtime.ops.ObjectOperations.KeyedGroup;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayList;
import java.util.List;

/** 20.1.1 The Object Constructor and 20.1.2 its properties; installs %Object.prototype%'s too. */
public final class ObjectConstructor {
    private ObjectConstructor() {}

    public static void install(Realm realm) {
        ObjectPrototype.install(realm);
        JSObject proto = realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE);
        BuiltinFunction object = Define.constructor(realm, realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE), "Object", 1, proto,
                ObjectConstructor::object);
        Define.method(realm, object, "assign", 2, ObjectConstructor::assign);
        Define.method(realm, object, "create", 2, ObjectConstructor::create);
        Define.method(realm, object, "defineProperties", 2, ObjectConstructor::defineProperties);
        Define.method(realm, object, "defineProperty", 3, ObjectConstructor::defineProperty);
        Define.method(realm, object, "entries", 1, ObjectConstructor::entries);
        Define.method(realm, object, "freeze", 1, ObjectConstructor::freeze);
        Define.method(realm, object, "fromEntries", 1, ObjectConstructor::fromEntries);
        Define.method(realm, object, "getOwnPropertyDescriptor", 2, ObjectConstructor::getOwnPropertyDescriptor);
        Define.method(realm, object, "getOwnPropertyDescriptors", 1, ObjectConstructor::getOwnPropertyDescriptors);
        Define.method(realm, object, "getOwnPropertyNames", 1, ObjectConstructor::getOwnPropertyNames);
        Define.method(realm, object, "getOwnPropertySymbols", 1, ObjectConstructor::getOwnPropertySymbols);
        Define.method(realm, object, "getPrototypeOf", 1, ObjectConstructor::getPrototypeOf);
        Define.method(realm, object, "groupBy", 2, ObjectConstructor::groupBy);
        Define.method(realm, object, "hasOwn", 2, ObjectConstructor::hasOwn);
        Define.method(realm, object, "is", 2, ObjectConstructor::is);
        Define.method(realm, object, "isExtensible", 1, ObjectConstructor::isExtensible);
        Define.method(realm, object, "isFrozen", 1, ObjectConstructor::isFrozen);
        Define.method(realm, object, "isSealed", 1, ObjectConstructor::isSealed);
        Define.method(realm, object, "keys", 1, ObjectConstructor::keys);
        Define.method(realm, object, "preventExtensions", 1, ObjectConstructor::preventExtensions);
        Define.method(realm, object, "seal", 1, ObjectConstructor::seal);
        Define.method(realm, object, "setPrototypeOf", 2, ObjectConstructor::setPrototypeOf);
        Define.method(realm, object, "values", 1, ObjectConstructor::values);
        realm.setIntrinsic(Intrinsic.OBJECT, object);
        realm.defineGlobal("Object", object);
    }

    // 20.1.1.1 Object ( [ value ] )
    private static Object object(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (newTarget != null && newTarget != f) {
            return ObjectOperations.ordinaryCreateFromConstructor(newTarget, Intrinsic.OBJECT_PROTOTYPE);
        }
        Object value = arg(args, 0);
        if (value == Undefined.INSTANCE || value == Null.INSTANCE) return ObjectOperations.newObject(f.realm());
        return Conversion.toObject(f.realm(), value);
    }

    // 20.1.2.1 Object.assign ( target, ...sources )
    private static Object assign(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject to = Conversion.toObject(f.realm(), arg(args, 0));
        for (int i = 1; i < args.length; i++) {
            Object nextSource = args[i];
            if (nextSource == Undefined.INSTANCE || nextSource == Null.INSTANCE) continue;
            JSObject from = Conversion.toObject(f.realm(), nextSource);
            for (Object nextKey : from.ownPropertyKeys()) {
                PropertyDescriptor desc = from.getOwnProperty(nextKey);
                if (desc != null && desc.enumerable()) {
                    Object propValue = from.get(nextKey, from);
                    ObjectOperations.set(to, nextKey, propValue, true);
                }
            }
        }
        return to;
    }

    // 20.1.2.2 Object.create ( O, Properties )
    private static Object create(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object o = arg(args, 0);
        if (!(o instanceof JSObject) && o != Null.INSTANCE) {
            throw f.realm().typeError("Object prototype may only be an Object or null: " + ObjectOperations.describeForError(o));
        }
        JSObject obj = new JSObject(o instanceof JSObject p ? p : null);
        Object properties = arg(args, 1);
        if (properties != Undefined.INSTANCE) return objectDefineProperties(f.realm(), obj, properties);
        return obj;
    }

    // 20.1.2.3 Object.defineProperties ( O, Properties )
    private static Object defineProperties(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (!(arg(args, 0) instanceof JSObject o)) throw f.realm().typeError("Object.defineProperties called on non-object");
        return objectDefineProperties(f.realm(), o, arg(args, 1));
    }

    /** 20.1.2.3.1 ObjectDefineProperties */
    private static JSObject objectDefineProperties(Realm realm, JSObject o, Object properties) {
        JSObject props = Conversion.toObject(realm, properties);
        List<Object> keys = props.ownPropertyKeys();
        List<Object> descriptorKeys = new ArrayList<>();
        List<PropertyDescriptor> descriptors = new ArrayList<>();
        for (Object nextKey : keys) {
            PropertyDescriptor propDesc = props.getOwnProperty(nextKey);
            if (propDesc != null && propDesc.enumerable()) {
                Object descObj = props.get(nextKey, props);
                descriptorKeys.add(nextKey);
                descriptors.add(PropertyDescriptor.toPropertyDescriptor(descObj));
            }
        }
        for (int i = 0; i < descriptors.size(); i++) {
            ObjectOperations.definePropertyOrThrow(o, descriptorKeys.get(i), descriptors.get(i));
        }
        return o;
    }

    // 20.1.2.4 Object.defineProperty ( O, P, Attributes )
    private static Object defineProperty(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (!(arg(args, 0) instanceof JSObject o)) throw f.realm().typeError("Object.defineProperty called on non-object");
        Object key = Conversion.toPropertyKey(arg(args, 1));
        PropertyDescriptor desc = PropertyDescriptor.toPropertyDescriptor(arg(args, 2));
        ObjectOperations.definePropertyOrThrow(o, key, desc);
        return o;
    }

    // 20.1.2.5 Object.entries ( O )
    private static Object entries(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject obj = Conversion.toObject(f.realm(), arg(args, 0));
        return ObjectOperations.createArrayFromList(f.realm(), ObjectOperations.enumerableOwnProperties(f.realm(), obj, EnumerableKind.KEY_VALUE));
    }

    // 20.1.2.6 Object.freeze ( O )
    private static Object freeze(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object o = arg(args, 0);
        if (!(o instanceof JSObject obj)) return o;
        if (!ObjectOperations.setIntegrityLevel(obj, IntegrityLevel.FROZEN)) throw f.realm().typeError("Cannot freeze");
        return obj;
    }

    // 20.1.2.7 Object.fromEntries ( iterable )
    private static Object fromEntries(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object iterable = Comparison.requireObjectCoercible(arg(args, 0), "Object.fromEntries");
        JSObject obj = ObjectOperations.newObject(f.realm());
        Iteration.addEntriesFromIterable(f.realm(), iterable, (key, value) ->
                ObjectOperations.createDataPropertyOrThrow(obj, Conversion.toPropertyKey(key), value));
        return obj;
    }

    // 20.1.2.8 Object.getOwnPropertyDescriptor ( O, P )
    private static Object getOwnPropertyDescriptor(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject obj = Conversion.toObject(f.realm(), arg(args, 0));
        Object key = Conversion.toPropertyKey(arg(args, 1));
        return PropertyDescriptor.fromPropertyDescriptor(f.realm(), obj.getOwnProperty(key));
    }

    // 20.1.2.9 Object.getOwnPropertyDescriptors ( O )
    private static Object getOwnPropertyDescriptors(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject obj = Conversion.toObject(f.realm(), arg(args, 0));
        List<Object> ownKeys = obj.ownPropertyKeys();
        JSObject descriptors = ObjectOperations.newObject(f.realm());
        for (Object key : ownKeys) {
            Object descriptor = PropertyDescriptor.fromPropertyDescriptor(f.realm(), obj.getOwnProperty(key));
            if (descriptor != Undefined.INSTANCE) ObjectOperations.createDataPropertyOrThrow(descriptors, key, descriptor);
        }
        return descriptors;
    }

    // 20.1.2.10 Object.getOwnPropertyNames ( O )
    private static Object getOwnPropertyNames(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return ObjectOperations.createArrayFromList(f.realm(), getOwnPropertyKeys(f.realm(), arg(args, 0), false));
    }

    // 20.1.2.11 Object.getOwnPropertySymbols ( O )
    private static Object getOwnPropertySymbols(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return ObjectOperations.createArrayFromList(f.realm(), getOwnPropertyKeys(f.realm(), arg(args, 0), true));
    }

    /** 20.1.2.11.1 GetOwnPropertyKeys: the string keys (as values) or the symbol keys. */
    private static List<Object> getOwnPropertyKeys(Realm realm, Object o, boolean symbols) {
        JSObject obj = Conversion.toObject(realm, o);
        List<Object> keys = obj.ownPropertyKeys();
        List<Object> nameList = new ArrayList<>(keys.size());
        for (Object nextKey : keys) {
            if ((nextKey instanceof Symbol) == symbols) nameList.add(PropertyKey.toValue(nextKey));
        }
        return nameList;
    }

    // 20.1.2.12 Object.getPrototypeOf ( O )
    private static Object getPrototypeOf(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject obj = Conversion.toObject(f.realm(), arg(args, 0));
        JSObject proto = obj.getPrototypeOf();
        return proto == null ? Null.INSTANCE : proto;
    }

    // 20.1.2.13 Object.groupBy ( items, callback )
    private static Object groupBy(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        List<KeyedGroup> groups = ObjectOperations.groupBy(f.realm(), arg(args, 0), arg(args, 1), KeyCoercion.PROPERTY);
        JSObject obj = new JSObject(null);
        for (KeyedGroup g : groups) {
            ArrayObject elements = ObjectOperations.createArrayFromList(f.realm(), g.elements());
            ObjectOperations.createDataPropertyOrThrow(obj, g.key(), elements);
        }
        return obj;
    }

    // 20.1.2.14 Object.hasOwn ( O, P )
    private static Object hasOwn(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject obj = Conversion.toObject(f.realm(), arg(args, 0));
        Object key = Conversion.toPropertyKey(arg(args, 1));
        return obj.hasOwnProperty(key);
    }

    // 20.1.2.15 Object.is ( value1, value2 )
    private static Object is(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return Comparison.sameValue(arg(args, 0), arg(args, 1));
    }

    // 20.1.2.16 Object.isExtensible ( O )
    private static Object isExtensible(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return arg(args, 0) instanceof JSObject o && o.isExtensible();
    }

    // 20.1.2.17 Object.isFrozen ( O )
    private static Object isFrozen(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return !(arg(args, 0) instanceof JSObject o) || ObjectOperations.testIntegrityLevel(o, IntegrityLevel.FROZEN);
    }

    // 20.1.2.18 Object.isSealed ( O )
    private static Object isSealed(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return !(arg(args, 0) instanceof JSObject o) || ObjectOperations.testIntegrityLevel(o, IntegrityLevel.SEALED);
    }

    // 20.1.2.19 Object.keys ( O )
    private static Object keys(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject obj = Conversion.toObject(f.realm(), arg(args, 0));
        return ObjectOperations.createArrayFromList(f.realm(), ObjectOperations.enumerableOwnProperties(f.realm(), obj, EnumerableKind.KEY));
    }

    // 20.1.2.20 Object.preventExtensions ( O )
    private static Object preventExtensions(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object o = arg(args, 0);
        if (!(o instanceof JSObject obj)) return o;
        if (!obj.preventExtensions()) throw f.realm().typeError("Cannot prevent extensions");
        return obj;
    }

    // 20.1.2.22 Object.seal ( O )
    private static Object seal(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object o = arg(args, 0);
        if (!(o instanceof JSObject obj)) return o;
        if (!ObjectOperations.setIntegrityLevel(obj, IntegrityLevel.SEALED)) throw f.realm().typeError("Cannot seal");
        return obj;
    }

    // 20.1.2.23 Object.setPrototypeOf ( O, proto )
    private static Object setPrototypeOf(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object o = Comparison.requireObjectCoercible(arg(args, 0), "Object.setPrototypeOf");
        Object proto = arg(args, 1);
        if (!(proto instanceof JSObject) && proto != Null.INSTANCE) {
            throw f.realm().typeError("Object prototype may only be an Object or null: " + ObjectOperations.describeForError(proto));
        }
        if (!(o instanceof JSObject obj)) return o;
        if (!obj.setPrototypeOf(proto instanceof JSObject p ? p : null)) {
            throw f.realm().typeError("Object.setPrototypeOf: cyclic prototype chain or object not extensible");
        }
        return obj;
    }

    // 20.1.2.24 Object.values ( O )
    private static Object values(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject obj = Conversion.toObject(f.realm(), arg(args, 0));
        return ObjectOperations.createArrayFromList(f.realm(), ObjectOperations.enumerableOwnProperties(f.realm(), obj, EnumerableKind.VALUE));
    }
}

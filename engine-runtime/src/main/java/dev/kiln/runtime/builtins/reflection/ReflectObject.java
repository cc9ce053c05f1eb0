package dev.kiln.runtime.builtins.reflection;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Symbol;
import java.util.ArrayList;
import java.util.List;

/** 28.1 The Reflect Object: an ordinary object whose functions expose the internal methods. */
public final class ReflectObject {
    private ReflectObject() {}

    public static void install(Realm realm) {
        JSObject reflect = new JSObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE));
        Define.method(realm, reflect, "apply", 3, ReflectObject::apply);
        Define.method(realm, reflect, "construct", 2, ReflectObject::construct);
        Define.method(realm, reflect, "defineProperty", 3, ReflectObject::defineProperty);
        Define.method(realm, reflect, "deleteProperty", 2, ReflectObject::deleteProperty);
        Define.method(realm, reflect, "get", 2, ReflectObject::get);
        Define.method(realm, reflect, "getOwnPropertyDescriptor", 2, ReflectObject::getOwnPropertyDescriptor);
        Define.method(realm, reflect, "getPrototypeOf", 1, ReflectObject::getPrototypeOf);
        Define.method(realm, reflect, "has", 2, ReflectObject::has);
        Define.method(realm, reflect, "isExtensible", 1, ReflectObject::isExtensible);
        Define.method(realm, reflect, "ownKeys", 1, ReflectObject::ownKeys);
        Define.method(realm, reflect, "preventExtensions", 1, ReflectObject::preventExtensions);
        Define.method(realm, reflect, "set", 3, ReflectObject::set);
        Define.method(realm, reflect, "setPrototypeOf", 2, ReflectObject::setPrototypeOf);
        // 28.1.14 Reflect [ %Symbol.toStringTag% ]
        Define.configurableConstant(reflect, Symbol.TO_STRING_TAG, "Reflect");
        realm.setIntrinsic(Intrinsic.REFLECT, reflect);
        realm.defineGlobal("Reflect", reflect);
    }

    private static JSObject target(BuiltinFunction f, Object[] args, String method) {
        if (arg(args, 0) instanceof JSObject target) return target;
        throw f.realm().typeError("Reflect." + method + " called on non-object");
    }

    // 28.1.1 Reflect.apply ( target, thisArgument, argumentsList )
    private static Object apply(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object target = arg(args, 0);
        if (!Comparison.isCallable(target)) {
            throw f.realm().typeError("Reflect.apply: " + ObjectOperations.describeForError(target) + " is not a function");
        }
        Object[] list = ObjectOperations.createListFromArrayLike(arg(args, 2));
        return ((JSObject) target).call(arg(args, 1), list);
    }

    // 28.1.2 Reflect.construct ( target, argumentsList [ , newTarget ] )
    private static Object construct(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object target = arg(args, 0);
        if (!Comparison.isConstructor(target)) {
            throw f.realm().typeError("Reflect.construct: " + ObjectOperations.describeForError(target) + " is not a constructor");
        }
        Object nt = args.length > 2 ? args[2] : target;
        if (!Comparison.isConstructor(nt)) {
            throw f.realm().typeError("Reflect.construct: " + ObjectOperations.describeForError(nt) + " is not a constructor");
        }
        Object[] list = ObjectOperations.createListFromArrayLike(arg(args, 1));
        return ((JSObject) target).construct(list, (JSObject) nt);
    }

    // 28.1.3 Reflect.defineProperty ( target, propertyKey, attributes )
    private static Object defineProperty(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject target = target(f, args, "defineProperty");
        Object key = Conversion.toPropertyKey(arg(args, 1));
        PropertyDescriptor desc = PropertyDescriptor.toPropertyDescriptor(arg(args, 2));
        return target.defineOwnProperty(key, desc);
    }

    // 28.1.4 Reflect.deleteProperty ( target, propertyKey )
    private static Object deleteProperty(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject target = target(f, args, "deleteProperty");
        return target.delete(Conversion.toPropertyKey(arg(args, 1)));
    }

    // 28.1.5 Reflect.get ( target, propertyKey [ , receiver ] )
    private static Object get(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject target = target(f, args, "get");
        Object key = Conversion.toPropertyKey(arg(args, 1));
        Object receiver = args.length > 2 ? args[2] : target;
        return target.get(key, receiver);
    }

    // 28.1.6 Reflect.getOwnPropertyDescriptor ( target, propertyKey )
    private static Object getOwnPropertyDescriptor(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject target = target(f, args, "getOwnPropertyDescriptor");
        Object key = Conversion.toPropertyKey(arg(args, 1));
        return PropertyDescriptor.fromPropertyDescriptor(f.realm(), target.getOwnProperty(key));
    }

    // 28.1.7 Reflect.getPrototypeOf ( target )
    private static Object getPrototypeOf(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject proto = target(f, args, "getPrototypeOf").getPrototypeOf();
        return proto == null ? Null.INSTANCE : proto;
    }

    // 28.1.8 Reflect.has ( target, propertyKey )
    private static Object has(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject target = target(f, args, "has");
        return target.hasProperty(Conversion.toPropertyKey(arg(args, 1)));
    }

    // 28.1.9 Reflect.isExtensible ( target )
    private static Object isExtensible(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return target(f, args, "isExtensible").isExtensible();
    }

    // 28.1.10 Reflect.ownKeys ( target )
    private static Object ownKeys(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        List<Object> keys = target(f, args, "ownKeys").ownPropertyKeys();
        List<Object> values = new ArrayList<>(keys.size());
        for (Object key : keys) values.add(PropertyKey.toValue(key));
        return ObjectOperations.createArrayFromList(f.realm(), values);
    }

    // 28.1.11 Reflect.preventExtensions ( target )
    private static Object preventExtensions(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return target(f, args, "preventExtensions").preventExtensions();
    }

    // 28.1.12 Reflect.set ( target, propertyKey, V [ , receiver ] )
    private static Object set(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject target = target(f, args, "set");
        Object key = Conversion.toPropertyKey(arg(args, 1));
        Object receiver = args.length > 3 ? args[3] : target;
        return target.set(key, arg(args, 2), receiver);
    }

    // 28.1.13 Reflect.setPrototypeOf ( target, proto )
    private static Object setPrototypeOf(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject target = target(f, args, "setPrototypeOf");
        Object proto = arg(args, 1);
        if (!(proto instanceof JSObject) && proto != Null.INSTANCE) {
            throw f.realm().typeError("Object prototype may only be an Object or null: " + ObjectOperations.describeForError(proto));
        }
        return target.setPrototypeOf(proto instanceof JSObject p ? p : null);
    }
}

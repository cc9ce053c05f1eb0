package dev.kiln.runtime.ops;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.function.ScriptFunction;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.JSFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayList;
import java.util.List;

/** 7.3 Operations on Objects. Keys are canonical ({@link PropertyKey}). */
public final class ObjectOperations {
    public static final Object[] NO_ARGS = {};

    private ObjectOperations() {}

    /** 7.3.2 Get */
    public static Object get(JSObject o, Object key) {
        return o.get(key, o);
    }

    /** 7.3.3 GetV: [[Get]] on a value, looking primitives up on their prototype without a wrapper. */
    public static Object getV(Realm realm, Object v, Object key) {
        if (v instanceof JSObject o) return o.get(key, o);
        Object own = PrimitiveWrapper.primitiveOwnValue(v, key);
        if (own != null) return own;
        JSObject proto = PrimitiveWrapper.primitivePrototype(realm, v);
        if (proto == null) return Conversion.toObject(realm, v).get(key, v); // undefined, null: the TypeError
        return proto.get(key, v);
    }

    /** 7.3.4 Set ( O, P, V, Throw ) */
    public static void set(JSObject o, Object key, Object value, boolean throwOnFailure) {
        boolean ok = o.set(key, value, o);
        if (!ok && throwOnFailure) {
            throw JSException.typeError("Cannot assign to read only property '" + PropertyKey.describe(key) + "' of object");
        }
    }

    /** 7.3.5 CreateDataProperty */
    public static boolean createDataProperty(JSObject o, Object key, Object value) {
        return o.defineOwnProperty(key, PropertyDescriptor.data(value, true, true, true));
    }

    /** 7.3.7 CreateDataPropertyOrThrow */
    public static void createDataPropertyOrThrow(JSObject o, Object key, Object value) {
        if (!createDataProperty(o, key, value)) {
            throw JSException.typeError("Cannot define property " + PropertyKey.describe(key));
        }
    }

    /** 7.3.6 CreateNonEnumerableDataPropertyOrThrow */
    public static void createNonEnumerableDataPropertyOrThrow(JSObject o, Object key, Object value) {
        definePropertyOrThrow(o, key, PropertyDescriptor.data(value, true, false, true));
    }

    /** 7.3.8 DefinePropertyOrThrow */
    public static void definePropertyOrThrow(JSObject o, Object key, PropertyDescriptor desc) {
        if (!o.defineOwnProperty(key, desc)) {
            throw JSException.typeError("Cannot redefine property: " + PropertyKey.describe(key));
        }
    }

    /** 7.3.9 DeletePropertyOrThrow */
    public static void deletePropertyOrThrow(JSObject o, Object key) {
        if (!o.delete(key)) throw JSException.typeError("Cannot delete property '" + PropertyKey.describe(key) + "'");
    }

    /** 7.3.10 GetMethod on an object: the callable, or undefined. */
    public static Object getMethod(JSObject o, Object key) {
        return checkMethod(o.get(key, o), key);
    }

    /** 7.3.10 GetMethod on any value. */
    public static Object getMethod(Realm realm, Object v, Object key) {
        return checkMethod(getV(realm, v, key), key);
    }

    private static Object checkMethod(Object func, Object key) {
        if (func == Undefined.INSTANCE || func == dev.kiln.runtime.value.Null.INSTANCE) return Undefined.INSTANCE;
        if (!Comparison.isCallable(func)) {
            throw JSException.typeError(PropertyKey.describe(key) + " is not a function");
        }
        return func;
    }

    /** 7.3.11 HasProperty */
    public static boolean hasProperty(JSObject o, Object key) {
        return o.hasProperty(key);
    }

    /** 7.3.12 HasOwnProperty */
    public static boolean hasOwnProperty(JSObject o, Object key) {
        return o.getOwnProperty(key) != null;
    }

    /** 7.3.13 Call */
    public static Object call(Object f, Object thisArg, Object... args) {
        if (f instanceof JSObject o && o.isCallable()) return o.call(thisArg, args);
        throw JSException.typeError(describeForError(f) + " is not a function");
    }

    /** 7.3.14 Construct */
    public static Object construct(Object f, Object[] args, JSObject newTarget) {
        if (f instanceof JSObject o && o.isConstructor()) return o.construct(args, newTarget == null ? o : newTarget);
        throw JSException.typeError(describeForError(f) + " is not a constructor");
    }

    /** A short description of a value for "x is not a function" messages. */
    public static String describeForError(Object v) {
        if (v instanceof JSFunction f) return "function " + f.debugName();
        if (v instanceof JSObject) return "object";
        if (v instanceof CharSequence s) return "\"" + s + "\"";
        if (v instanceof Symbol s) return s.descriptiveString();
        return Conversion.toString(v);
    }

    /** The integrity levels of 7.3.15 and 7.3.16. */
    public enum IntegrityLevel { SEALED, FROZEN }

    /** 7.3.15 SetIntegrityLevel */
    public static boolean setIntegrityLevel(JSObject o, IntegrityLevel level) {
        if (!o.preventExtensions()) return false;
        if (o.getClass() == JSObject.class) {
            // An ordinary object's internal methods are unobservable: change every attribute in
            // one step rather than one shape transition per property (quadratic in their number).
            int clearData = level == IntegrityLevel.FROZEN ? Property.WRITABLE : 0;
            o.shape = o.shape.clearFlagsOfAll(Property.CONFIGURABLE, clearData);
            if (o.elements != null) o.elements = o.elements.clearFlagsOfAll(Property.CONFIGURABLE, clearData);
            return true;
        }
        List<Object> keys = o.ownPropertyKeys();
        if (level == IntegrityLevel.SEALED) {
            for (Object k : keys) definePropertyOrThrow(o, k, new PropertyDescriptor().configurable(false));
        } else {
            for (Object k : keys) {
                PropertyDescriptor current = o.getOwnProperty(k);
                if (current != null) {
                    PropertyDescriptor desc = current.isAccessorDescriptor()
                            ? new PropertyDescriptor().configurable(false)
                            : new PropertyDescriptor().configurable(false).writable(false);
                    definePropertyOrThrow(o, k, desc);
                }
            }
        }
        return true;
    }

    /** 7.3.16 TestIntegrityLevel */
    public static boolean testIntegrityLevel(JSObject o, IntegrityLevel level) {
        if (o.isExtensible()) return false;
        for (Object k : o.ownPropertyKeys()) {
            PropertyDescriptor current = o.getOwnProperty(k);
            if (current != null) {
                if (current.configurable()) return false;
                if (level == IntegrityLevel.FROZEN && current.isDataDescriptor() && current.writable()) return false;
            }
        }
        return true;
    }

    /** 7.3.17 CreateArrayFromList */
    public static ArrayObject createArrayFromList(Realm realm, List<?> elements) {
        return ArrayObject.of(realm, elements.toArray());
    }

    /** 7.3.18 LengthOfArrayLike */
    public static long lengthOfArrayLike(JSObject o) {
        if (o instanceof ArrayObject a) return a.length();
        return Conversion.toLength(o.get("length", o));
    }

    /** 7.3.19 CreateListFromArrayLike (elementTypes "all"). */
    public static Object[] createListFromArrayLike(Object obj) {
        if (!(obj instanceof JSObject o)) throw JSException.typeError("CreateListFromArrayLike called on non-object");
        long len = lengthOfArrayLike(o);
        if (len > Integer.MAX_VALUE - 8) throw JSException.rangeError("Too many arguments in function call");
        Object[] list = new Object[(int) len];
        if (copyDenseElements(o, list)) return list;
        for (int i = 0; i < len; i++) list[i] = o.get(Integer.valueOf(i), o);
        return list;
    }

    /**
     * Fills {@code out} with elements 0 .. n-1 of {@code o} read straight from dense storage, when
     * that reads what [[Get]] would: an ordinary (or array, or arguments) object whose indices all
     * live in its elements, and, for holes, no prototype with elements. Returns false otherwise.
     */
    private static boolean copyDenseElements(JSObject o, Object[] out) {
        if (!(o.elements instanceof dev.kiln.runtime.object.DenseElements d)) return out.length == 0 && o.elements == null;
        if (o instanceof dev.kiln.runtime.function.ArgumentsObject a) return a.copyValues(out);
        if (o.getClass() != JSObject.class && !(o instanceof ArrayObject)) return false;
        boolean holesAreUndefined = dev.kiln.runtime.object.NoElementsProtector.isIntact();
        for (int i = 0; i < out.length; i++) {
            Object v = d.get(i);
            if (v == null) {
                if (!holesAreUndefined) return false;
                v = Undefined.INSTANCE;
            }
            out[i] = v;
        }
        return true;
    }

    /** CreateListFromArrayLike with elementTypes « String, Symbol » (for Proxy ownKeys). */
    public static List<Object> createListOfPropertyKeys(Object obj) {
        if (!(obj instanceof JSObject o)) throw JSException.typeError("CreateListFromArrayLike called on non-object");
        long len = lengthOfArrayLike(o);
        List<Object> list = new ArrayList<>();
        for (long i = 0; i < len; i++) {
            Object next = o.get(PropertyKey.fromIndex(i), o);
            if (!(next instanceof CharSequence) && !(next instanceof Symbol)) {
                throw JSException.typeError(Conversion.toString(next) + " is not a valid property name");
            }
            list.add(next instanceof CharSequence s ? PropertyKey.fromString(s.toString()) : next);
        }
        return list;
    }

    /** 7.3.20 Invoke */
    public static Object invoke(Realm realm, Object v, Object key, Object... args) {
        return call(getV(realm, v, key), v, args);
    }

    /** 7.3.21 OrdinaryHasInstance */
    public static boolean ordinaryHasInstance(Object c, Object o) {
        if (!Comparison.isCallable(c)) return false;
        if (c instanceof dev.kiln.runtime.object.BoundFunction b) return Operators.instanceOf(o, b.targetFunction());
        if (!(o instanceof JSObject obj)) return false;
        Object p = ((JSObject) c).get("prototype", c);
        if (!(p instanceof JSObject proto)) throw JSException.typeError("Function has non-object prototype in instanceof check");
        for (JSObject x = obj.getPrototypeOf(); x != null; x = x.getPrototypeOf()) {
            if (x == proto) return true;
        }
        return false;
    }

    /** 7.3.22 SpeciesConstructor; null for "undefined" is not used: returns the default. */
    public static Object speciesConstructor(JSObject o, Object defaultConstructor) {
        Object c = o.get("constructor", o);
        if (c == Undefined.INSTANCE) return defaultConstructor;
        if (!(c instanceof JSObject co)) throw JSException.typeError("object.constructor is not an object");
        Object s = co.get(Symbol.SPECIES, co);
        if (s == Undefined.INSTANCE || s == dev.kiln.runtime.value.Null.INSTANCE) return defaultConstructor;
        if (Comparison.isConstructor(s)) return s;
        throw JSException.typeError("object.constructor[Symbol.species] is not a constructor");
    }

    /** The kinds of 7.3.23 EnumerableOwnProperties. */
    public enum EnumerableKind { KEY, VALUE, KEY_VALUE }

    /** 7.3.23 EnumerableOwnProperties */
    public static List<Object> enumerableOwnProperties(Realm realm, JSObject o, EnumerableKind kind) {
        List<Object> result = new ArrayList<>();
        for (Object key : o.ownPropertyKeys()) {
            if (key instanceof Symbol) continue;
            PropertyDescriptor desc = o.getOwnProperty(key);
            if (desc == null || !desc.enumerable()) continue;
            Object keyValue = PropertyKey.toValue(key);
            if (kind == EnumerableKind.KEY) {
                result.add(keyValue);
            } else {
                Object value = o.get(key, o);
                result.add(kind == EnumerableKind.VALUE ? value : ArrayObject.of(realm, keyValue, value));
            }
        }
        return result;
    }

    /** The key coercions of 7.3.35 GroupBy. */
    public enum KeyCoercion { PROPERTY, COLLECTION }

    /** A Record { [[Key]], [[Elements]] } of 7.3.34 AddValueToKeyedGroup. */
    public record KeyedGroup(Object key, List<Object> elements) {}

    /** 7.3.35 GroupBy, with 7.3.34 AddValueToKeyedGroup. */
    public static List<KeyedGroup> groupBy(Realm realm, Object items, Object callback, KeyCoercion keyCoercion) {
        Comparison.requireObjectCoercible(items, "groupBy");
        if (!Comparison.isCallable(callback)) throw JSException.typeError(describeForError(callback) + " is not a function");
        List<KeyedGroup> groups = new ArrayList<>();
        // Groups by SameValue of their key; the map only finds a group without a linear search.
        java.util.Map<Object, KeyedGroup> byKey = new java.util.HashMap<>();
        IteratorRecord iteratorRecord = Iteration.getIterator(realm, items);
        long k = 0;
        while (true) {
            if (k >= (1L << 53) - 1) {
                throw Iteration.iteratorCloseOnThrow(iteratorRecord, JSException.typeError("Too many elements to group"));
            }
            Object value = Iteration.iteratorStepValue(iteratorRecord);
            if (value == null) return groups;
            Object key;
            try {
                key = call(callback, Undefined.INSTANCE, value, dev.kiln.runtime.value.Types.number(k));
                if (keyCoercion == KeyCoercion.PROPERTY) key = Conversion.toPropertyKey(key);
            } catch (JSException e) {
                throw Iteration.iteratorCloseOnThrow(iteratorRecord, e);
            }
            if (keyCoercion == KeyCoercion.COLLECTION) key = canonicalizeKeyedCollectionKey(key);
            KeyedGroup group = byKey.get(sameValueKey(key));
            if (group == null) {
                group = new KeyedGroup(key, new ArrayList<>());
                groups.add(group);
                byKey.put(sameValueKey(key), group);
            }
            group.elements().add(value);
            k++;
        }
    }

    /** 24.5.1 CanonicalizeKeyedCollectionKey: -0 becomes +0. */
    public static Object canonicalizeKeyedCollectionKey(Object key) {
        if (key instanceof Double d && d == 0) return 0;
        return key;
    }

    /** A Java map key that is equal for two values exactly when SameValue holds (numbers as Double, strings flattened). */
    private static Object sameValueKey(Object v) {
        if (v instanceof Integer i) return (double) i;
        if (v instanceof CharSequence s) return s.toString();
        return v;
    }

    /** 7.3.24 GetFunctionRealm */
    public static Realm getFunctionRealm(JSObject f) {
        return f.functionRealm();
    }

    /** 7.3.25 CopyDataProperties: copies own enumerable properties of source except the excluded keys. */
    public static void copyDataProperties(Realm realm, JSObject target, Object source, java.util.Set<Object> excluded) {
        if (source == Undefined.INSTANCE || source == dev.kiln.runtime.value.Null.INSTANCE) return;
        JSObject from = Conversion.toObject(realm, source);
        for (Object key : from.ownPropertyKeys()) {
            if (excluded != null && excluded.contains(key)) continue;
            PropertyDescriptor desc = from.getOwnProperty(key);
            if (desc != null && desc.enumerable()) createDataPropertyOrThrow(target, key, from.get(key, from));
        }
    }

    /** 7.3.1 MakeBasicObject-style helper: a plain object of {@code realm}'s %Object.prototype%. */
    public static JSObject newObject(Realm realm) {
        return new JSObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE));
    }

    /** 10.1.14 GetPrototypeFromConstructor */
    public static JSObject getPrototypeFromConstructor(JSObject constructor, Intrinsic intrinsicDefaultProto) {
        Object proto = constructor instanceof ScriptFunction f ? f.ownPrototypeValue() : null;
        if (proto == null) proto = constructor.get("prototype", constructor);
        if (proto instanceof JSObject p) return p;
        return getFunctionRealm(constructor).intrinsic(intrinsicDefaultProto);
    }

    /** 10.1.13 OrdinaryCreateFromConstructor, for a plain object. */
    public static JSObject ordinaryCreateFromConstructor(JSObject constructor, Intrinsic intrinsicDefaultProto) {
        return new JSObject(getPrototypeFromConstructor(constructor, intrinsicDefaultProto));
    }

    /** 7.3.37 SetterThatIgnoresPrototypeProperties */
    public static void setterThatIgnoresPrototypeProperties(Object thisValue, JSObject home, Object p, Object v) {
        if (!(thisValue instanceof JSObject o)) throw JSException.typeError("Cannot set property " + PropertyKey.describe(p) + " on a primitive value");
        if (o == home) throw JSException.typeError("Cannot assign to read only property '" + PropertyKey.describe(p) + "' of object");
        PropertyDescriptor desc = o.getOwnProperty(p);
        if (desc == null) createDataPropertyOrThrow(o, p, v);
        else set(o, p, v, true);
    }

    /** Defines a built-in data property with the attributes of ECMA-262 18 (writable, configurable). */
    public static void defineBuiltin(JSObject o, Object key, Object value) {
        o.defineOwn(key, value, Property.HIDDEN);
    }
}

package dev.kiln.runtime.builtins.indexed;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.Elements;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Types;
import dev.kiln.runtime.value.Undefined;

/**
 * What the Array built-ins share: ArraySpeciesCreate, and the element reads and writes of
 * their generic steps (HasProperty, Get, Set, DeletePropertyOrThrow, CreateDataPropertyOrThrow
 * on index keys) with a fast path for elements held in an array's dense storage, where the
 * step is a plain read or store that runs no code.
 */
public final class ArrayOperations {
    /** 2^53 - 1, the largest length of an array-like. */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private ArrayOperations() {}

    /** 10.4.2.3 ArraySpeciesCreate; {@code realm} is the current realm (of the running built-in). */
    public static JSObject arraySpeciesCreate(Realm realm, JSObject originalArray, long length) {
        Object c = arraySpeciesConstructor(realm, originalArray);
        if (c == null) return ArrayObject.create(realm, length, null);
        return (JSObject) ObjectOperations.construct(c, new Object[] {Types.number(length)}, null);
    }

    /**
     * ArraySpeciesCreate steps 1-7: the constructor to call, or null where the spec makes the
     * array with ArrayCreate. Built-ins that get null know the new array is theirs alone until
     * they return it, so they may fill it in one go.
     */
    static Object arraySpeciesConstructor(Realm realm, JSObject originalArray) {
        if (!originalArray.isArray()) return null;
        Object c = originalArray.get("constructor", originalArray);
        if (Comparison.isConstructor(c)) {
            Realm realmC = ObjectOperations.getFunctionRealm((JSObject) c);
            if (realmC != null && realmC != realm && c == realmC.intrinsic(Intrinsic.ARRAY)) c = Undefined.INSTANCE;
        }
        if (c instanceof JSObject co) {
            c = co.get(Symbol.SPECIES, co);
            if (c == Null.INSTANCE) c = Undefined.INSTANCE;
        }
        if (c == Undefined.INSTANCE) return null;
        if (!Comparison.isConstructor(c)) throw JSException.typeError("object.constructor[Symbol.species] is not a constructor");
        return c;
    }

    /** The canonical key of index {@code k} (ToString(𝔽(k)) as a property key). */
    static Object key(long k) {
        return k >= 0 && k < PropertyKey.MAX_ARRAY_LENGTH ? Integer.valueOf((int) k) : PropertyKey.fromIndex(k);
    }

    /** An index as a Number value. */
    static Object number(long k) {
        return k <= Integer.MAX_VALUE ? (Object) (int) k : (Object) (double) k;
    }

    /** HasProperty(o, k) and, if true, Get(o, k): the element, or null if absent. */
    public static Object getIfPresent(JSObject o, long k) {
        if (o instanceof ArrayObject a && k <= Integer.MAX_VALUE) {
            Object v = a.getIndexFast((int) k);
            if (v != null) return v;
        }
        Object key = key(k);
        if (!o.hasProperty(key)) return null;
        return o.get(key, o);
    }

    /** Get(o, k) */
    public static Object get(JSObject o, long k) {
        if (o instanceof ArrayObject a && k <= Integer.MAX_VALUE) {
            Object v = a.getIndexFast((int) k);
            if (v != null) return v;
        }
        return o.get(key(k), o);
    }

    /** Set(o, k, v, true) */
    static void set(JSObject o, long k, Object v) {
        if (o instanceof ArrayObject a && k <= Integer.MAX_VALUE && a.trySetIndexFast((int) k, v)) return;
        ObjectOperations.set(o, key(k), v, true);
    }

    /** DeletePropertyOrThrow(o, k) */
    static void deleteOrThrow(JSObject o, long k) {
        ObjectOperations.deletePropertyOrThrow(o, key(k));
    }

    /**
     * CreateDataPropertyOrThrow(a, k, v). On an array where a Set would be a plain store
     * (see {@link ArrayObject#trySetIndexFast}) the store has the same effect.
     */
    static void createDataPropertyOrThrow(JSObject a, long k, Object v) {
        if (a instanceof ArrayObject arr && k <= Integer.MAX_VALUE && arr.trySetIndexFast((int) k, v)) return;
        Object key = key(k);
        if (!a.defineOwnProperty(key, PropertyDescriptor.data(v, true, true, true))) {
            throw JSException.typeError("Cannot add property " + PropertyKey.describe(key) + ", object is not extensible");
        }
    }

    /** Set(o, "length", len, true) */
    static void setLength(JSObject o, long len) {
        ObjectOperations.set(o, "length", number(len), true);
    }

    /**
     * Where a loop over indices may jump from {@code from}: the smallest integer key at or
     * above {@code from} that {@code o} or an object on its prototype chain has, or
     * {@code limit} if none is below it. Every index jumped over is one whose HasProperty is
     * false and whose Get is undefined without running code, because every object on the chain
     * keeps its integer keys in ordinary storage (elements below 2^32-1, named properties from
     * there on). Where that is not certain, {@code from} itself.
     */
    static long skipAbsent(JSObject o, long from, long limit) {
        long best = limit;
        for (JSObject p = o; p != null; p = p.getPrototypeOf()) {
            if (!p.hasOrdinaryElements()) return from;
            Elements e = p.elements;
            if (e != null && from < PropertyKey.MAX_ARRAY_LENGTH) {
                long n = e.nextIndex(from);
                if (n >= 0 && n < best) best = n;
            }
            if (limit > PropertyKey.MAX_ARRAY_LENGTH) {
                for (Property prop : p.shape.properties()) {
                    long n = integerKey(prop.key());
                    if (n >= from && n < best) best = n;
                }
            }
        }
        return Math.max(best, from);
    }

    /** The mirror of {@link #skipAbsent} for descending loops: -1 when no key remains. */
    static long skipAbsentDescending(JSObject o, long from) {
        long best = -1;
        for (JSObject p = o; p != null; p = p.getPrototypeOf()) {
            if (!p.hasOrdinaryElements()) return from;
            Elements e = p.elements;
            if (e != null) {
                long n = e.previousIndex(Math.min(from, PropertyKey.MAX_ARRAY_LENGTH - 1));
                if (n > best) best = n;
            }
            if (from >= PropertyKey.MAX_ARRAY_LENGTH) {
                for (Property prop : p.shape.properties()) {
                    long n = integerKey(prop.key());
                    if (n <= from && n > best) best = n;
                }
            }
        }
        return Math.min(best, from);
    }

    /** The integer a named key (not an array index) spells canonically, 2^32-1 .. 2^53-1, or -1. */
    private static long integerKey(Object key) {
        if (!(key instanceof String s)) return -1;
        int n = s.length();
        if (n < 10 || n > 16 || s.charAt(0) == '0') return -1;
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v >= PropertyKey.MAX_ARRAY_LENGTH && v <= MAX_SAFE_INTEGER ? v : -1;
    }

    /**
     * A relative index argument resolved against {@code len} as slice, splice, fill and
     * copyWithin do: negative counts from the end, clamped to 0 .. len.
     */
    static long resolveRelative(double relative, long len) {
        if (relative < 0) return (long) Math.max(len + relative, 0);
        return (long) Math.min(relative, len);
    }
}

package dev.kiln.runtime.ops;

import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.DoubleElements;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Types;
import dev.kiln.runtime.value.Undefined;

/**
 * GetValue, PutValue and delete for property references with a computed key (6.2.5.5,
 * 6.2.5.6, 13.5.1.2): {@code base[key]}. Named references ({@code base.name}) go through the
 * inline caches of dev.kiln.runtime.link instead. The key arrives unconverted: ToPropertyKey
 * runs after the base has been checked, as GetValue orders it.
 */
public final class References {
    private References() {}

    // ------------------------------------------------------------------ GetValue

    /** GetValue of {@code base[key]}. */
    public static Object getElement(Realm realm, Object base, Object key) {
        if (key instanceof Integer i) return getElement(realm, base, i.intValue());
        return getValue(realm, base, key);
    }

    /** GetValue of {@code base[index]} for an index held as an int (a negative one names a string key). */
    public static Object getElement(Realm realm, Object base, int index) {
        if (base instanceof ArrayObject a) {
            Object v = a.getIndexFast(index);
            if (v != null) return v;
        } else if (base instanceof String s && index >= 0 && index < s.length()) {
            return String.valueOf(s.charAt(index));
        }
        return getValue(realm, base, index);
    }

    /** GetValue of {@code base[index]} for a Number key held as a double. */
    public static Object getElement(Realm realm, Object base, double index) {
        int i = (int) index;
        if (i == index) return getElement(realm, base, i); // -0 names "0" too
        return getValue(realm, base, index);
    }

    /**
     * ToNumeric(GetValue({@code base[index]})) for a numeric operator whose other operand is a
     * Number (see {@link Operators#toNumberOperand}): reads an int or double element without
     * boxing it.
     */
    public static double getElementAsNumber(Realm realm, Object base, int index) {
        if (base instanceof ArrayObject a) {
            double d = a.getNumberFast(index);
            if (!DoubleElements.isHoleValue(d)) return d;
        }
        return Operators.toNumberOperand(getElement(realm, base, index));
    }

    /** {@link #getElementAsNumber(Realm, Object, int)} for a Number key held as a double. */
    public static double getElementAsNumber(Realm realm, Object base, double index) {
        int i = (int) index;
        if (i == index) return getElementAsNumber(realm, base, i);
        return Operators.toNumberOperand(getValue(realm, base, index));
    }

    /** {@link #getElementAsNumber(Realm, Object, int)} for a key of any type. */
    public static double getElementAsNumber(Realm realm, Object base, Object key) {
        if (key instanceof Integer i) return getElementAsNumber(realm, base, i.intValue());
        return Operators.toNumberOperand(getValue(realm, base, key));
    }

    /** 6.2.5.5 GetValue of a property reference, the key not yet converted. */
    /**
     * 6.2.5.5 GetValue steps 3.a-c for a computed member whose Reference is used again by a
     * PutValue (compound assignment, update): the base must be coercible to an object, then the key
     * is converted once and the Reference keeps the property key.
     */
    public static Object referencedPropertyKey(Realm realm, Object base, Object key) {
        if (base == Undefined.INSTANCE || base == Null.INSTANCE) {
            String reading = key instanceof JSObject ? "" : " (reading '" + describe(key) + "')";
            throw realm.typeError("Cannot read properties of " + base + reading);
        }
        return Conversion.toPropertyKey(key);
    }

    private static Object getValue(Realm realm, Object base, Object key) {
        if (base instanceof JSObject o) return o.get(Conversion.toPropertyKey(key), o);
        if (base == Undefined.INSTANCE || base == Null.INSTANCE) {
            throw realm.typeError("Cannot read properties of " + base + " (reading '" + describe(key) + "')");
        }
        Object k = Conversion.toPropertyKey(key);
        Object own = PrimitiveWrapper.primitiveOwnValue(base, k);
        if (own != null) return own;
        return Conversion.toObject(realm, base).getPrototypeOf().get(k, base);
    }

    // ------------------------------------------------------------------ PutValue
    //
    // One overload per way generated code holds the key (a value, an int, a double) and the
    // value (a value, an int32, a double), so that a[i] = x with both unboxed never boxes.

    /** PutValue of {@code base[key] = value}. */
    public static void setElement(Realm realm, Object base, Object key, Object value, boolean strict) {
        if (key instanceof Integer i) setElement(realm, base, i.intValue(), value, strict);
        else putValue(realm, base, key, value, strict);
    }

    public static void setElement(Realm realm, Object base, Object key, int value, boolean strict) {
        if (key instanceof Integer i) setElement(realm, base, i.intValue(), value, strict);
        else putValue(realm, base, key, value, strict);
    }

    public static void setElement(Realm realm, Object base, Object key, double value, boolean strict) {
        if (key instanceof Integer i) setElement(realm, base, i.intValue(), value, strict);
        else putValue(realm, base, key, Types.number(value), strict);
    }

    public static void setElement(Realm realm, Object base, int index, Object value, boolean strict) {
        if (base instanceof ArrayObject a && a.trySetIndexFast(index, value)) return;
        putValue(realm, base, index, value, strict);
    }

    public static void setElement(Realm realm, Object base, int index, int value, boolean strict) {
        if (base instanceof ArrayObject a && a.trySetIndexFast(index, value)) return;
        putValue(realm, base, index, value, strict);
    }

    public static void setElement(Realm realm, Object base, int index, double value, boolean strict) {
        if (base instanceof ArrayObject a && a.trySetIndexFast(index, value)) return;
        putValue(realm, base, index, Types.number(value), strict);
    }

    public static void setElement(Realm realm, Object base, double index, Object value, boolean strict) {
        int i = (int) index;
        if (i == index) setElement(realm, base, i, value, strict);
        else putValue(realm, base, index, value, strict);
    }

    public static void setElement(Realm realm, Object base, double index, int value, boolean strict) {
        int i = (int) index;
        if (i == index) setElement(realm, base, i, value, strict);
        else putValue(realm, base, index, value, strict);
    }

    public static void setElement(Realm realm, Object base, double index, double value, boolean strict) {
        int i = (int) index;
        if (i == index) setElement(realm, base, i, value, strict);
        else putValue(realm, base, index, Types.number(value), strict);
    }

    /** 6.2.5.6 PutValue of a property reference, the key not yet converted. */
    private static void putValue(Realm realm, Object base, Object key, Object value, boolean strict) {
        if (base == Undefined.INSTANCE || base == Null.INSTANCE) {
            throw realm.typeError("Cannot set properties of " + base + " (setting '" + describe(key) + "')");
        }
        JSObject o = Conversion.toObject(realm, base);
        Object k = Conversion.toPropertyKey(key);
        if (!o.set(k, value, base) && strict) {
            throw realm.typeError("Cannot assign to read only property '" + PropertyKey.describe(k) + "' of "
                    + (base instanceof JSObject ? "object" : Conversion.toString(base)));
        }
    }

    /** 13.5.1.2 delete of a property reference. */
    public static boolean delete(Realm realm, Object base, Object key, boolean strict) {
        if (base == Undefined.INSTANCE || base == Null.INSTANCE) {
            throw realm.typeError("Cannot convert undefined or null to object");
        }
        JSObject o = Conversion.toObject(realm, base);
        Object k = Conversion.toPropertyKey(key);
        boolean deleted = o.delete(k);
        if (!deleted && strict) throw realm.typeError("Cannot delete property '" + PropertyKey.describe(k) + "' of object");
        return deleted;
    }

    private static String describe(Object key) {
        if (key instanceof dev.kiln.runtime.value.Symbol s) return s.descriptiveString();
        try {
            return Conversion.toString(key);
        } catch (RuntimeException e) {
            return "?";
        }
    }
}

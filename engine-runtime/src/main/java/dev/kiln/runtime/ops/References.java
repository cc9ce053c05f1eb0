package dev.kiln.runtime.ops;

import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Undefined;

/**
 * GetValue, PutValue and delete for property references with a computed key (6.2.5.5,
 * 6.2.5.6, 13.5.1.2): {@code base[key]}. Named references ({@code base.name}) go through the
 * inline caches of dev.kiln.runtime.link instead. The key arrives unconverted: ToPropertyKey
 * runs after the base has been checked, as GetValue orders it.
 */
public final class References {
    private References() {}

    /** GetValue of {@code base[key]}. */
    public static Object getElement(Realm realm, Object base, Object key) {
        if (key instanceof Integer i) {
            if (base instanceof ArrayObject a) {
                Object v = a.getIndexFast(i);
                if (v != null) return v;
            } else if (base instanceof String s && i >= 0 && i < s.length()) {
                return String.valueOf(s.charAt(i));
            }
        }
        if (base instanceof JSObject o) return o.get(Conversion.toPropertyKey(key), o);
        if (base == Undefined.INSTANCE || base == Null.INSTANCE) {
            throw realm.typeError("Cannot read properties of " + base + " (reading '" + describe(key) + "')");
        }
        Object k = Conversion.toPropertyKey(key);
        Object own = PrimitiveWrapper.primitiveOwnValue(base, k);
        if (own != null) return own;
        return Conversion.toObject(realm, base).getPrototypeOf().get(k, base);
    }

    /** PutValue of {@code base[key] = value}. */
    public static void setElement(Realm realm, Object base, Object key, Object value, boolean strict) {
        if (key instanceof Integer i && base instanceof ArrayObject a && a.trySetIndexFast(i, value)) return;
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

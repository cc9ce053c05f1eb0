package dev.kiln.cli.host;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.value.Symbol;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading an object the way an inspector must: through [[GetOwnProperty]] and
 * [[OwnPropertyKeys]] only, so that no getter runs. Node's inspector never calls a getter
 * either; a value behind an accessor is shown as {@code [Getter]} or not used.
 */
final class Properties {
    private Properties() {}

    /** The value of the data property {@code key} of {@code o} or its prototypes; null if absent or an accessor. */
    static Object data(JSObject o, Object key) {
        for (JSObject p = o; p != null; p = p.getPrototypeOf()) {
            PropertyDescriptor desc = p.getOwnProperty(key);
            if (desc != null) return desc.isDataDescriptor() ? desc.value() : null;
        }
        return null;
    }

    /** The value of the own data property {@code key}; null if absent or an accessor. */
    static Object ownData(JSObject o, Object key) {
        PropertyDescriptor desc = o.getOwnProperty(key);
        return desc != null && desc.isDataDescriptor() ? desc.value() : null;
    }

    /** {@code data(o, key)} as a Java string if it is a string, else null. */
    static String string(JSObject o, Object key) {
        return data(o, key) instanceof CharSequence s ? s.toString() : null;
    }

    static boolean isEnumerable(JSObject o, Object key) {
        PropertyDescriptor desc = o.getOwnProperty(key);
        return desc != null && desc.enumerable();
    }

    /**
     * The own keys node's inspector lists: strings (indices first) then symbols, the enumerable
     * ones only unless {@code all}; without index keys if {@code skipIndices}.
     */
    static List<Object> keys(JSObject o, boolean all, boolean skipIndices) {
        List<Object> own = o.ownPropertyKeys();
        List<Object> keys = new ArrayList<>(own.size());
        for (Object key : own) {
            if (key instanceof Symbol || (skipIndices && key instanceof Integer)) continue;
            if (all || isEnumerable(o, key)) keys.add(key);
        }
        for (Object key : own) {
            if (key instanceof Symbol && (all || isEnumerable(o, key))) keys.add(key);
        }
        return keys;
    }

    /** Whether {@code prototype} is on the prototype chain of {@code o} (not counting {@code o}). */
    static boolean inheritsFrom(JSObject o, JSObject prototype) {
        for (JSObject p = o.getPrototypeOf(); p != null; p = p.getPrototypeOf()) {
            if (p == prototype) return true;
        }
        return false;
    }
}

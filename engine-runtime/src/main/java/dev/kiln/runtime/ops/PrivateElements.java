package dev.kiln.runtime.ops;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.Accessor;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.PrivateName;
import dev.kiln.runtime.value.Undefined;

/**
 * 7.3.26-7.3.32: private fields, methods and accessors. They live in the object's shape under
 * their {@link PrivateName}: a field as a writable data property, a method as a read-only one,
 * an accessor as an accessor — all non-enumerable and non-configurable, as 6.2.10 describes.
 */
public final class PrivateElements {
    private static final int FIELD = Property.WRITABLE;
    private static final int METHOD = 0;

    private PrivateElements() {}

    /** 7.3.26 PrivateElementFind */
    public static Property find(JSObject o, PrivateName p) {
        return o.shape.find(p);
    }

    /** 7.3.27 PrivateFieldAdd */
    public static void fieldAdd(JSObject o, PrivateName p, Object value) {
        if (find(o, p) != null) throw JSException.typeError("Cannot initialize " + p + " twice on the same object");
        o.addNamed(p, value, FIELD);
    }

    /** 7.3.28 PrivateMethodOrAccessorAdd, for a method. */
    public static void methodAdd(JSObject o, PrivateName p, Object method) {
        if (find(o, p) != null) throw JSException.typeError("Cannot initialize private methods of class twice on the same object");
        o.addNamed(p, method, METHOD);
    }

    /** 7.3.28 PrivateMethodOrAccessorAdd, for an accessor (getter and/or setter; undefined when absent). */
    public static void accessorAdd(JSObject o, PrivateName p, Object getter, Object setter) {
        if (find(o, p) != null) throw JSException.typeError("Cannot initialize private methods of class twice on the same object");
        o.addNamed(p, new Accessor(getter, setter), Property.ACCESSOR);
    }

    /** 7.3.30 PrivateGet */
    public static Object get(Object value, PrivateName p) {
        JSObject o = requireObject(value, p);
        Property entry = find(o, p);
        if (entry == null) throw JSException.typeError("Cannot read private member " + p + " from an object whose class did not declare it");
        Object v = o.slots[entry.slot()];
        if (!entry.isAccessor()) return v;
        Object getter = ((Accessor) v).getter();
        if (getter == Undefined.INSTANCE) throw JSException.typeError("'" + p + "' was defined without a getter");
        return ObjectOperations.call(getter, o);
    }

    /** 7.3.31 PrivateSet */
    public static void set(Object value, PrivateName p, Object newValue) {
        JSObject o = requireObject(value, p);
        Property entry = find(o, p);
        if (entry == null) throw JSException.typeError("Cannot write private member " + p + " to an object whose class did not declare it");
        if (entry.isAccessor()) {
            Object setter = ((Accessor) o.slots[entry.slot()]).setter();
            if (setter == Undefined.INSTANCE) throw JSException.typeError("'" + p + "' was defined without a setter");
            ObjectOperations.call(setter, o, newValue);
        } else if (entry.isWritable()) {
            o.slots[entry.slot()] = newValue;
        } else {
            throw JSException.typeError("Private method '" + p + "' is not writable");
        }
    }

    /** {@code #x in o} (13.10.1 step for PrivateIdentifier): whether o has the element. */
    public static boolean has(Object value, PrivateName p) {
        if (!(value instanceof JSObject o)) throw JSException.typeError("Cannot use 'in' operator to search for '" + p + "' in a non-object");
        return find(o, p) != null;
    }

    private static JSObject requireObject(Object value, PrivateName p) {
        if (value instanceof JSObject o) return o;
        throw JSException.typeError("Cannot access private member " + p + " on a non-object");
    }
}

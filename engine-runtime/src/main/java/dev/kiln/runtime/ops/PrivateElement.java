package dev.kiln.runtime.ops;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.value.PrivateName;
import dev.kiln.runtime.value.Undefined;

/**
 * 6.2.10 a PrivateElement of kind method or accessor, as a class keeps it until it is added to
 * an object (the class's instances, or the class itself for static ones). Private fields need no
 * record: DefineField adds them straight to the object's shape.
 *
 * @param method the method, or null for an accessor
 * @param getter the accessor's [[Get]] (undefined when absent); unused for a method
 * @param setter the accessor's [[Set]] (undefined when absent); unused for a method
 */
public record PrivateElement(PrivateName key, Object method, Object getter, Object setter) {
    public static PrivateElement method(PrivateName key, Object method) {
        return new PrivateElement(key, method, Undefined.INSTANCE, Undefined.INSTANCE);
    }

    public static PrivateElement getter(PrivateName key, Object getter) {
        return new PrivateElement(key, null, getter, Undefined.INSTANCE);
    }

    public static PrivateElement setter(PrivateName key, Object setter) {
        return new PrivateElement(key, null, Undefined.INSTANCE, setter);
    }

    public boolean isAccessor() {
        return method == null;
    }

    /** 15.7.14 step 26.e.iv: a getter and a setter of one name combine into one accessor. */
    public PrivateElement combine(PrivateElement other) {
        return new PrivateElement(key, null,
                other.getter == Undefined.INSTANCE ? getter : other.getter,
                other.setter == Undefined.INSTANCE ? setter : other.setter);
    }

    /** 7.3.28 PrivateMethodOrAccessorAdd */
    public void addTo(JSObject o) {
        if (isAccessor()) PrivateElements.accessorAdd(o, key, getter, setter);
        else PrivateElements.methodAdd(o, key, method);
    }
}

package dev.kiln.runtime.object;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Undefined;

/**
 * The Property Descriptor specification type (ECMA-262 6.2.6): any subset of [[Value]],
 * [[Writable]], [[Get]], [[Set]], [[Enumerable]] and [[Configurable]]. Mutable, because the
 * algorithms that use it build it up field by field (ToPropertyDescriptor,
 * CompletePropertyDescriptor).
 */
public final class PropertyDescriptor {
    private static final int HAS_VALUE = 1, HAS_WRITABLE = 2, HAS_GET = 4, HAS_SET = 8,
            HAS_ENUMERABLE = 16, HAS_CONFIGURABLE = 32;

    private int present;
    private Object value = Undefined.INSTANCE;
    private Object getter = Undefined.INSTANCE;
    private Object setter = Undefined.INSTANCE;
    private boolean writable, enumerable, configurable;

    public PropertyDescriptor() {}

    /** A complete data descriptor. */
    public static PropertyDescriptor data(Object value, boolean writable, boolean enumerable, boolean configurable) {
        return new PropertyDescriptor().value(value).writable(writable).enumerable(enumerable).configurable(configurable);
    }

    /** A complete data descriptor from attribute bits of {@link Property}. */
    public static PropertyDescriptor data(Object value, int flags) {
        return data(value, (flags & Property.WRITABLE) != 0, (flags & Property.ENUMERABLE) != 0,
                (flags & Property.CONFIGURABLE) != 0);
    }

    /** A complete accessor descriptor. */
    public static PropertyDescriptor accessor(Object getter, Object setter, boolean enumerable, boolean configurable) {
        return new PropertyDescriptor().getter(getter).setter(setter).enumerable(enumerable).configurable(configurable);
    }

    /** The descriptor of a slot's content with the given attributes (10.1.5.1 OrdinaryGetOwnProperty). */
    public static PropertyDescriptor of(Object slotValue, int flags) {
        if ((flags & Property.ACCESSOR) != 0) {
            Accessor a = (Accessor) slotValue;
            return accessor(a.getter(), a.setter(), (flags & Property.ENUMERABLE) != 0, (flags & Property.CONFIGURABLE) != 0);
        }
        return data(slotValue, flags);
    }

    /** 6.2.6.4 FromPropertyDescriptor: an object of {@code realm} with the present fields, or undefined for null. */
    public static Object fromPropertyDescriptor(Realm realm, PropertyDescriptor desc) {
        if (desc == null) return Undefined.INSTANCE;
        JSObject obj = new JSObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE));
        if (desc.hasValue()) obj.defineOwn("value", desc.value, Property.DEFAULT);
        if (desc.hasWritable()) obj.defineOwn("writable", desc.writable, Property.DEFAULT);
        if (desc.hasGet()) obj.defineOwn("get", desc.getter, Property.DEFAULT);
        if (desc.hasSet()) obj.defineOwn("set", desc.setter, Property.DEFAULT);
        if (desc.hasEnumerable()) obj.defineOwn("enumerable", desc.enumerable, Property.DEFAULT);
        if (desc.hasConfigurable()) obj.defineOwn("configurable", desc.configurable, Property.DEFAULT);
        return obj;
    }

    /** 6.2.6.5 ToPropertyDescriptor */
    public static PropertyDescriptor toPropertyDescriptor(Object obj) {
        if (!(obj instanceof JSObject o)) {
            throw JSException.typeError("Property description must be an object: " + ObjectOperations.describeForError(obj));
        }
        PropertyDescriptor desc = new PropertyDescriptor();
        if (o.hasProperty("enumerable")) desc.enumerable(Conversion.toBoolean(o.get("enumerable", o)));
        if (o.hasProperty("configurable")) desc.configurable(Conversion.toBoolean(o.get("configurable", o)));
        if (o.hasProperty("value")) desc.value(o.get("value", o));
        if (o.hasProperty("writable")) desc.writable(Conversion.toBoolean(o.get("writable", o)));
        if (o.hasProperty("get")) {
            Object getter = o.get("get", o);
            if (!Comparison.isCallable(getter) && getter != Undefined.INSTANCE) {
                throw JSException.typeError("Getter must be a function: " + ObjectOperations.describeForError(getter));
            }
            desc.getter(getter);
        }
        if (o.hasProperty("set")) {
            Object setter = o.get("set", o);
            if (!Comparison.isCallable(setter) && setter != Undefined.INSTANCE) {
                throw JSException.typeError("Setter must be a function: " + ObjectOperations.describeForError(setter));
            }
            desc.setter(setter);
        }
        if (desc.isAccessorDescriptor() && desc.isDataDescriptor()) {
            throw JSException.typeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute");
        }
        return desc;
    }

    public PropertyDescriptor value(Object v) { value = v; present |= HAS_VALUE; return this; }
    public PropertyDescriptor writable(boolean w) { writable = w; present |= HAS_WRITABLE; return this; }
    public PropertyDescriptor getter(Object g) { getter = g; present |= HAS_GET; return this; }
    public PropertyDescriptor setter(Object s) { setter = s; present |= HAS_SET; return this; }
    public PropertyDescriptor enumerable(boolean e) { enumerable = e; present |= HAS_ENUMERABLE; return this; }
    public PropertyDescriptor configurable(boolean c) { configurable = c; present |= HAS_CONFIGURABLE; return this; }

    public boolean hasValue() { return (present & HAS_VALUE) != 0; }
    public boolean hasWritable() { return (present & HAS_WRITABLE) != 0; }
    public boolean hasGet() { return (present & HAS_GET) != 0; }
    public boolean hasSet() { return (present & HAS_SET) != 0; }
    public boolean hasEnumerable() { return (present & HAS_ENUMERABLE) != 0; }
    public boolean hasConfigurable() { return (present & HAS_CONFIGURABLE) != 0; }
    public boolean isEmpty() { return present == 0; }

    public Object value() { return value; }
    public boolean writable() { return writable; }
    public Object getter() { return getter; }
    public Object setter() { return setter; }
    public boolean enumerable() { return enumerable; }
    public boolean configurable() { return configurable; }

    /** 6.2.6.1 IsAccessorDescriptor */
    public boolean isAccessorDescriptor() {
        return (present & (HAS_GET | HAS_SET)) != 0;
    }

    /** 6.2.6.2 IsDataDescriptor */
    public boolean isDataDescriptor() {
        return (present & (HAS_VALUE | HAS_WRITABLE)) != 0;
    }

    /** 6.2.6.3 IsGenericDescriptor */
    public boolean isGenericDescriptor() {
        return !isAccessorDescriptor() && !isDataDescriptor();
    }

    /** 6.2.6.6 CompletePropertyDescriptor */
    public PropertyDescriptor complete() {
        if (isGenericDescriptor() || isDataDescriptor()) {
            if (!hasValue()) value(Undefined.INSTANCE);
            if (!hasWritable()) writable(false);
        } else {
            if (!hasGet()) getter(Undefined.INSTANCE);
            if (!hasSet()) setter(Undefined.INSTANCE);
        }
        if (!hasEnumerable()) enumerable(false);
        if (!hasConfigurable()) configurable(false);
        return this;
    }

    /** The attribute bits of {@link Property} for this descriptor, absent fields taken as false. */
    public int flags() {
        int f = 0;
        if (isAccessorDescriptor()) f |= Property.ACCESSOR;
        else if (writable) f |= Property.WRITABLE;
        if (enumerable) f |= Property.ENUMERABLE;
        if (configurable) f |= Property.CONFIGURABLE;
        return f;
    }
}

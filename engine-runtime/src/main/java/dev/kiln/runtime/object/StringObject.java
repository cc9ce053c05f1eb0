package dev.kiln.runtime.object;

import java.util.ArrayList;
import java.util.List;

/**
 * A String exotic object (ECMA-262 10.4.3): a wrapper whose characters appear as read-only
 * index properties and whose {@code length} is a read-only own property.
 */
public final class StringObject extends PrimitiveWrapper {
    private final String value;

    public StringObject(JSObject prototype, String value) {
        super(prototype, value);
        this.value = value;
    }

    public String stringValue() {
        return value;
    }

    @Override
    public String builtinTag() {
        return "String";
    }

    @Override
    public boolean hasOrdinaryElements() {
        return false;
    }

    @Override
    protected boolean hasExoticIndexedProperties() {
        return !value.isEmpty();
    }

    /** A string's own "length" and index values, or null (10.4.3.5 StringGetOwnProperty). */
    static Object stringOwnValue(CharSequence s, Object key) {
        if (key instanceof Integer) {
            long i = PropertyKey.index(key);
            return i < s.length() ? String.valueOf(s.charAt((int) i)) : null;
        }
        if ("length".equals(key)) return s.length();
        return null;
    }

    /** 10.4.3.1 [[GetOwnProperty]] */
    @Override
    public PropertyDescriptor getOwnProperty(Object key) {
        PropertyDescriptor desc = super.getOwnProperty(key);
        if (desc != null) return desc;
        Object v = stringOwnValue(value, key);
        return v == null ? null : PropertyDescriptor.data(v, false, key instanceof Integer, false);
    }

    @Override
    public Object getOwnValue(Object key, Object receiver) {
        Object v = stringOwnValue(value, key);
        return v != null ? v : super.getOwnValue(key, receiver);
    }

    @Override
    public boolean hasOwnProperty(Object key) {
        return stringOwnValue(value, key) != null || super.hasOwnProperty(key);
    }

    /** 10.4.3.2 [[DefineOwnProperty]] */
    @Override
    public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        Object v = stringOwnValue(value, key);
        if (v != null) {
            PropertyDescriptor current = PropertyDescriptor.data(v, false, key instanceof Integer, false);
            return validateAndApplyPropertyDescriptor(null, key, isExtensible(), desc, current);
        }
        return super.defineOwnProperty(key, desc);
    }

    @Override
    public boolean ownPropertyIsInShape(Object key) {
        return !"length".equals(key);
    }

    @Override
    public boolean delete(Object key) {
        if (stringOwnValue(value, key) != null) return false;
        return super.delete(key);
    }

    /** 10.4.3.3 [[OwnPropertyKeys]] */
    @Override
    public List<Object> ownPropertyKeys() {
        List<Object> keys = new ArrayList<>();
        int len = value.length();
        for (int i = 0; i < len; i++) keys.add(i);
        Elements e = elements;
        if (e != null) for (long i : e.indices()) if (i >= len) keys.add(Integer.valueOf((int) i));
        keys.add("length");
        addNamedKeys(keys);
        return keys;
    }
}

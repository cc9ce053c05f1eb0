package dev.kiln.runtime.object;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * An Array exotic object (ECMA-262 10.4.2). {@code length} is kept in a field rather than a
 * slot (it is read and written constantly) and presented as the own data property the spec
 * describes: non-enumerable, non-configurable, writable until made read-only.
 */
public class ArrayObject extends JSObject {
    private long length;
    private boolean lengthWritable = true;

    public ArrayObject(JSObject prototype) {
        super(prototype);
    }

    /** A new array of {@code realm} (10.4.2.2 ArrayCreate with length 0). */
    public ArrayObject(Realm realm) {
        this(realm.intrinsic(Intrinsic.ARRAY_PROTOTYPE));
    }

    /**
     * An array holding {@code values} (no holes) in the most specific kind of elements that
     * holds them; the array may take ownership of the Java array.
     */
    public static ArrayObject of(Realm realm, Object... values) {
        ArrayObject a = new ArrayObject(realm);
        if (values.length > 0) {
            a.elements = DenseElements.of(values, values.length);
            a.length = values.length;
        }
        return a;
    }

    /** 10.4.2.2 ArrayCreate */
    public static ArrayObject create(Realm realm, long length, JSObject prototype) {
        if (length > PropertyKey.MAX_ARRAY_LENGTH) throw JSException.rangeError("Invalid array length");
        ArrayObject a = new ArrayObject(prototype == null ? realm.intrinsic(Intrinsic.ARRAY_PROTOTYPE) : prototype);
        a.length = length;
        return a;
    }

    public final long length() {
        return length;
    }

    /** Whether {@code length} is still writable. */
    public final boolean isLengthWritable() {
        return lengthWritable;
    }

    @Override
    public final boolean isArray() {
        return true;
    }

    @Override
    public final String builtinTag() {
        return "Array";
    }

    // ---- "length" as an own property

    @Override
    public PropertyDescriptor getOwnProperty(Object key) {
        if ("length".equals(key)) return PropertyDescriptor.data(lengthValue(), lengthWritable, false, false);
        return super.getOwnProperty(key);
    }

    @Override
    public Object getOwnValue(Object key, Object receiver) {
        if ("length".equals(key)) return lengthValue();
        return super.getOwnValue(key, receiver);
    }

    @Override
    public boolean hasOwnProperty(Object key) {
        return "length".equals(key) || super.hasOwnProperty(key);
    }

    /** The value of "length" as JavaScript sees it (an Integer while it fits). */
    public final Object lengthValue() {
        return length <= Integer.MAX_VALUE ? (Object) (int) length : (Object) (double) length;
    }

    @Override
    public boolean ownPropertyIsInShape(Object key) {
        return !"length".equals(key);
    }

    @Override
    public boolean delete(Object key) {
        if ("length".equals(key)) return false;
        return super.delete(key);
    }

    @Override
    public List<Object> ownPropertyKeys() {
        List<Object> keys = new ArrayList<>();
        addElementKeys(keys);
        keys.add("length");
        addNamedKeys(keys);
        return keys;
    }

    /** 10.4.2.1 [[DefineOwnProperty]] */
    @Override
    public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        if ("length".equals(key)) return arraySetLength(desc);
        if (key instanceof Integer) {
            long index = PropertyKey.index(key);
            if (index >= length && !lengthWritable) return false;
            if (!super.defineOwnProperty(key, desc)) return false;
            if (index >= length) length = index + 1;
            return true;
        }
        return super.defineOwnProperty(key, desc);
    }

    @Override
    protected void applyPropertyDescriptor(Object key, Object valueOrAccessor, int flags) {
        if ("length".equals(key)) {
            length = (long) ((Number) valueOrAccessor).doubleValue();
            lengthWritable = (flags & Property.WRITABLE) != 0;
            return;
        }
        super.applyPropertyDescriptor(key, valueOrAccessor, flags);
    }

    /** 10.4.2.4 ArraySetLength */
    private boolean arraySetLength(PropertyDescriptor desc) {
        PropertyDescriptor current = getOwnProperty("length");
        if (!desc.hasValue()) return validateAndApplyPropertyDescriptor(this, "length", isExtensible(), desc, current);
        long newLen = Conversion.toUint32(desc.value());
        double numberLen = Conversion.toNumber(desc.value());
        if (newLen != numberLen) throw JSException.rangeError("Invalid array length");
        PropertyDescriptor newLenDesc = copyWithValue(desc, (double) newLen);
        current = getOwnProperty("length"); // the conversions above may have changed it
        long oldLen = length;
        if (newLen >= oldLen) return validateAndApplyPropertyDescriptor(this, "length", isExtensible(), newLenDesc, current);
        if (!lengthWritable) return false;
        boolean newWritable = !newLenDesc.hasWritable() || newLenDesc.writable();
        if (!newWritable) newLenDesc.writable(true);
        if (!validateAndApplyPropertyDescriptor(this, "length", isExtensible(), newLenDesc, current)) return false;
        long stoppedAt = truncateElements(newLen);
        if (stoppedAt > newLen) {
            length = stoppedAt;
            if (!newWritable) lengthWritable = false;
            return false;
        }
        if (!newWritable) lengthWritable = false;
        return true;
    }

    /**
     * Deletes elements at or past {@code newLen}, highest first; returns the length that
     * remains (past a non-configurable element, if one stops the deletion).
     */
    private long truncateElements(long newLen) {
        Elements e = elements;
        if (e instanceof DenseElements d) {
            d.truncate(newLen);
            length = newLen;
            return newLen;
        }
        if (e instanceof SparseElements s) {
            long remaining = s.truncate(newLen);
            length = remaining;
            return remaining;
        }
        length = newLen;
        return newLen;
    }

    private static PropertyDescriptor copyWithValue(PropertyDescriptor desc, double value) {
        PropertyDescriptor copy = new PropertyDescriptor().value(dev.kiln.runtime.value.Types.number(value));
        if (desc.hasWritable()) copy.writable(desc.writable());
        if (desc.hasEnumerable()) copy.enumerable(desc.enumerable());
        if (desc.hasConfigurable()) copy.configurable(desc.configurable());
        if (desc.hasGet()) copy.getter(desc.getter());
        if (desc.hasSet()) copy.setter(desc.setter());
        return copy;
    }

    // ---- fast paths for generated code and built-ins

    /**
     * {@code this[index] = value} where the result is certain to be an ordinary store: the
     * array has writable length and dense elements, and the element either exists or may be
     * added (the array is extensible and no object on its prototype chain has elements, which
     * could hold a setter or a read-only element). Returns false if those conditions do not
     * hold; the caller then takes the full [[Set]].
     */
    public final boolean trySetIndexFast(int index, Object value) {
        if (index < 0 || !lengthWritable) return false;
        Elements e = elements, after;
        if (e instanceof ObjectElements d) {
            if (!d.has(index) && !mayAddElement()) return false;
            after = d.put(index, value);
        } else if (e instanceof IntElements d) {
            if (!d.has(index) && !mayAddElement()) return false;
            after = d.put(index, value);
        } else if (e instanceof DoubleElements d) {
            if (!d.has(index) && !mayAddElement()) return false;
            after = d.put(index, value);
        } else if (e == null) {
            if (index >= DenseElements.MAX_GAP || !mayAddElement()) return false;
            after = DenseElements.emptyFor(value, index + 1).put(index, value);
        } else {
            return false;
        }
        stored(e, after, index);
        return true;
    }

    /** {@link #trySetIndexFast(int, Object)} of an int32 value, stored without boxing where the elements hold ints or doubles. */
    public final boolean trySetIndexFast(int index, int value) {
        if (index < 0 || !lengthWritable) return false;
        Elements e = elements, after;
        if (e instanceof IntElements d) {
            if (!d.has(index) && !mayAddElement()) return false;
            after = d.putInt(index, value);
        } else if (e instanceof DoubleElements d) {
            if (!d.has(index) && !mayAddElement()) return false;
            after = d.putDouble(index, value);
        } else {
            return trySetIndexFast(index, (Object) value);
        }
        stored(e, after, index);
        return true;
    }

    /** {@link #trySetIndexFast(int, Object)} of a Number held as a double, stored without boxing where the elements hold ints or doubles. */
    public final boolean trySetIndexFast(int index, double value) {
        if (index < 0 || !lengthWritable) return false;
        Elements e = elements, after;
        if (e instanceof DoubleElements d) {
            if (!d.has(index) && !mayAddElement()) return false;
            after = d.putDouble(index, value);
        } else if (e instanceof IntElements d) {
            if (!d.has(index) && !mayAddElement()) return false;
            after = d.putDouble(index, value);
        } else {
            return trySetIndexFast(index, Types.number(value));
        }
        stored(e, after, index);
        return true;
    }

    /** Whether a new element may be added by a plain store: the array is extensible and no prototype has elements. */
    private boolean mayAddElement() {
        if (!shape.isExtensible() || !prototypesHaveNoElements()) return false;
        if (isPrototype()) NoElementsProtector.invalidate();
        return true;
    }

    /** Completes a fast store at {@code index}: the storage to keep and the length. */
    private void stored(Elements before, Elements after, int index) {
        if (after != before) elements = after;
        if (index >= length) length = index + 1L;
    }

    /**
     * This array's dense storage if reading its elements runs no code and sees nothing else:
     * every element is a plain value in dense storage and no prototype has elements or exotic
     * index behaviour. Then, for i below {@link #length()}, HasProperty(i) is
     * {@code DenseElements.has(i)} and Get(i) is {@code valueAt(i)} or undefined for a hole.
     * Null when that does not hold. The answer is only good until JavaScript code runs.
     */
    public final DenseElements denseElementsForRead() {
        Elements e = elements;
        if (e == null) {
            if (!prototypesHaveNoElements()) return null;
            DenseElements d = new IntElements(0);
            elements = d;
            return d;
        }
        return e instanceof DenseElements d && prototypesHaveNoElements() ? d : null;
    }

    /**
     * As {@link #denseElementsForRead()}, and the array is extensible with a writable length,
     * so that Set and DeletePropertyOrThrow on its elements are plain stores and removals and
     * the bulk operations below apply.
     */
    public final DenseElements denseElementsForWrite() {
        return lengthWritable && shape.isExtensible() ? denseElementsForRead() : null;
    }

    /**
     * Removes the {@code count} elements at {@code start}, moves the later ones down and
     * shrinks {@code length} by {@code count}: what shift and splice do element by element.
     * Requires {@link #denseElementsForWrite()} and {@code start + count <= length}.
     */
    public final void removeRangeFast(long start, long count) {
        DenseElements d = (DenseElements) elements;
        if (start < d.end) d.removeRange((int) start, (int) Math.min(count, d.end - start));
        length -= count;
    }

    /**
     * Moves the elements at {@code start} and later up by {@code count}, leaving holes, and
     * grows {@code length} by {@code count}: what unshift and splice do before storing their
     * items. Requires {@link #denseElementsForWrite()}; returns false, changing nothing, if
     * the result would not stay dense.
     */
    public final boolean insertGapFast(long start, long count) {
        if (length + count > DenseElements.MAX_DENSE) return false;
        DenseElements d = (DenseElements) elements;
        if (start < d.end && !d.insertGap((int) start, (int) count)) return false;
        length += count;
        return true;
    }

    /** The element at {@code index} if it is a plain present value, else null (hole, accessor, out of range). */
    public final Object getIndexFast(int index) {
        Elements e = elements;
        if (e instanceof ObjectElements d) return d.valueAt(index);
        if (e instanceof IntElements d) return d.valueAt(index);
        if (e instanceof DoubleElements d) return d.valueAt(index);
        return null;
    }

    /**
     * The element at {@code index} as a double if it is a plain present Number, else the hole
     * marker ({@link DoubleElements#isHoleValue}): a read of an int or double array that boxes
     * nothing.
     */
    public final double getNumberFast(int index) {
        Elements e = elements;
        if (e instanceof DoubleElements d) return d.doubleAt(index);
        if (e instanceof IntElements d) {
            int v = d.intAt(index);
            return v == IntElements.HOLE ? DoubleElements.HOLE : v;
        }
        if (e instanceof ObjectElements d) {
            Object v = d.valueAt(index);
            if (v instanceof Integer i) return i;
            if (v instanceof Double x) return x != x ? Double.NaN : x;
        }
        return DoubleElements.HOLE;
    }

    @Override
    public boolean set(Object key, Object value, Object receiver) {
        if (receiver == this && key instanceof Integer i && trySetIndexFast(i, value)) return true;
        return super.set(key, value, receiver);
    }
}

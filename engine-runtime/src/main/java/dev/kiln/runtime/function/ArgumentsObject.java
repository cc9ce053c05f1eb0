package dev.kiln.runtime.function;

import dev.kiln.runtime.object.ObjectElements;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.shape.Shape;
import dev.kiln.runtime.value.Symbol;

/**
 * Arguments objects (ECMA-262 10.4.4). The mapped kind (sloppy functions with simple parameter
 * lists) is exotic: while an index stays mapped, its value is the parameter's binding, which
 * lives in the function's environment array, so {@code arguments[0] = 1} changes the parameter
 * and the other way round. The unmapped kind behaves as an ordinary object (its map is empty);
 * it is of this class too because Object.prototype.toString tags both "Arguments" (20.1.3.6).
 */
public final class ArgumentsObject extends JSObject {
    /** The layouts every arguments object starts with (10.4.4.6, 10.4.4.7): length, @@iterator, callee. */
    private static final Shape UNMAPPED_SHAPE = Shape.ROOT.addProperty("length", Property.HIDDEN)
            .addProperty(Symbol.ITERATOR, Property.HIDDEN).addProperty("callee", Property.ACCESSOR);
    private static final Shape MAPPED_SHAPE = Shape.ROOT.addProperty("length", Property.HIDDEN)
            .addProperty(Symbol.ITERATOR, Property.HIDDEN).addProperty("callee", Property.HIDDEN);

    private static final int[] NOT_MAPPED = new int[0];

    /** The function's environment array (where the parameters live). */
    private final Object[] env;
    /** For each index, the environment slot of its parameter, or 0 once unmapped (or never mapped). */
    private final int[] map;

    private ArgumentsObject(JSObject prototype, Shape shape, Object[] env, int[] map) {
        super(prototype, shape);
        this.env = env;
        this.map = map;
    }

    @Override
    public String builtinTag() {
        return "Arguments";
    }

    /** 10.4.4.6 CreateUnmappedArgumentsObject */
    public static JSObject createUnmapped(Realm realm, ScriptFunction callee, Object[] args) {
        JSObject obj = new ArgumentsObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE), UNMAPPED_SHAPE, null, NOT_MAPPED);
        fill(obj, realm, args);
        JSObject thrower = realm.intrinsic(Intrinsic.THROW_TYPE_ERROR);
        obj.slots[2] = new dev.kiln.runtime.object.Accessor(thrower, thrower);
        return obj;
    }

    /** 10.4.4.7 CreateMappedArgumentsObject; {@code slots[i]} is parameter i's environment slot (0 for none). */
    public static JSObject createMapped(Realm realm, ScriptFunction callee, Object[] args, int[] slots, Object[] env) {
        int[] map = new int[Math.min(slots.length, args.length)];
        System.arraycopy(slots, 0, map, 0, map.length);
        ArgumentsObject obj = new ArgumentsObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE), MAPPED_SHAPE, env, map);
        fill(obj, realm, args);
        obj.slots[2] = callee;
        return obj;
    }

    private static void fill(JSObject obj, Realm realm, Object[] args) {
        if (args.length > 0) obj.elements = new ObjectElements(args.clone(), args.length);
        obj.slots[0] = args.length;
        obj.slots[1] = realm.intrinsic(Intrinsic.ARRAY_PROTOTYPE_VALUES);
    }

    private int mappedSlot(Object key) {
        if (!(key instanceof Integer)) return 0;
        long i = PropertyKey.index(key);
        return i < map.length ? map[(int) i] : 0;
    }

    private void unmap(Object key) {
        map[(int) PropertyKey.index(key)] = 0;
    }

    /**
     * Copies the values of indices 0 .. out.length-1 as [[Get]] reads them (mapped ones from the
     * parameters), when all are present data elements; returns false to make the caller read them
     * one by one.
     */
    public boolean copyValues(Object[] out) {
        if (!(elements instanceof dev.kiln.runtime.object.DenseElements d)) return false;
        for (int i = 0; i < out.length; i++) {
            Object v = d.get(i);
            if (v == null) return false;
            int slot = i < map.length ? map[i] : 0;
            out[i] = slot != 0 ? env[slot] : v;
        }
        return true;
    }

    /** 10.4.4.1 */
    @Override
    public PropertyDescriptor getOwnProperty(Object key) {
        PropertyDescriptor desc = super.getOwnProperty(key);
        if (desc == null) return null;
        int slot = mappedSlot(key);
        if (slot != 0) desc.value(env[slot]);
        return desc;
    }

    @Override
    public Object getOwnValue(Object key, Object receiver) {
        int slot = mappedSlot(key);
        if (slot != 0) return env[slot];
        return super.getOwnValue(key, receiver);
    }

    /** 10.4.4.2 */
    @Override
    public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        int slot = mappedSlot(key);
        PropertyDescriptor newArgDesc = desc;
        if (slot != 0 && desc.isDataDescriptor() && !desc.hasValue() && desc.hasWritable() && !desc.writable()) {
            newArgDesc = new PropertyDescriptor().value(env[slot]).writable(false);
            if (desc.hasEnumerable()) newArgDesc.enumerable(desc.enumerable());
            if (desc.hasConfigurable()) newArgDesc.configurable(desc.configurable());
        }
        if (!validateAndApplyPropertyDescriptor(this, key, isExtensible(), newArgDesc, super.getOwnProperty(key))) return false;
        if (slot != 0) {
            if (desc.isAccessorDescriptor()) {
                unmap(key);
            } else {
                if (desc.hasValue()) env[slot] = desc.value();
                if (desc.hasWritable() && !desc.writable()) unmap(key);
            }
        }
        return true;
    }

    /** 10.4.4.4 */
    @Override
    public boolean set(Object key, Object value, Object receiver) {
        if (receiver == this) {
            int slot = mappedSlot(key);
            if (slot != 0) env[slot] = value;
        }
        return ordinarySet(key, value, receiver);
    }

    /** 10.4.4.5 */
    @Override
    public boolean delete(Object key) {
        int slot = mappedSlot(key);
        boolean result = super.delete(key);
        if (result && slot != 0) unmap(key);
        return result;
    }
}

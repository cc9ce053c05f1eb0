package dev.kiln.runtime.link;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.shape.Shape;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Undefined;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * An inline cache for {@code receiver.name = value} (6.2.5.6 PutValue). Caches two cases: a store
 * into an own writable data property, and adding a new property by a shape transition when no
 * object on the prototype chain has the name or the first that has it holds a writable data
 * property (so no setter or read-only property can intervene; the guard checks the chain).
 * In strict code a failed assignment throws a TypeError.
 */
public final class PropertySetSite extends MutableCallSite {
    static final MethodType TYPE = MethodType.methodType(void.class, Object.class, Object.class);
    private static final MethodHandle MISS, GENERIC;

    static {
        MethodHandles.Lookup l = MethodHandles.lookup();
        try {
            MISS = l.findVirtual(PropertySetSite.class, "miss", TYPE);
            GENERIC = l.findVirtual(PropertySetSite.class, "generic", TYPE);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Realm realm;
    private final Object key;
    private final boolean strict;
    private int cases;
    private int uncacheable;

    PropertySetSite(Realm realm, Object key, boolean strict) {
        super(TYPE);
        this.realm = realm;
        this.key = key;
        this.strict = strict;
        setTarget(MISS.bindTo(this));
    }

    private void miss(Object receiver, Object value) {
        if (receiver instanceof JSObject o && cases < PropertyGetSite.MAX_CASES) link(o);
        generic(receiver, value);
    }

    private void generic(Object receiver, Object value) {
        put(realm, receiver, key, value, strict);
    }

    /** 6.2.5.6 PutValue for a property reference. */
    static void put(Realm realm, Object base, Object key, Object value, boolean strict) {
        boolean ok;
        if (base instanceof JSObject o) {
            ok = o.set(key, value, o);
        } else if (base == Undefined.INSTANCE || base == Null.INSTANCE) {
            throw realm.typeError("Cannot set properties of " + base + " (setting '" + PropertyKey.describe(key) + "')");
        } else {
            ok = Conversion.toObject(realm, base).set(key, value, base);
        }
        if (!ok && strict) {
            throw realm.typeError("Cannot assign to read only property '" + PropertyKey.describe(key) + "' of "
                    + (base instanceof JSObject ? "object" : Conversion.toString(base)));
        }
    }

    private void link(JSObject o) {
        ShapeLookup lookup = ShapeLookup.of(o, key);
        MethodHandle fast = null;
        Property p = lookup == null ? null : lookup.property();
        if (lookup == null) {
            // not cacheable
        } else if (p != null && lookup.holder() == null && p.isPlainWritable()) {
            fast = MethodHandles.insertArguments(Guards.STORE_SLOT, 0, p.slot());
        } else if ((p == null || (lookup.holder() != null && p.isPlainWritable()))
                && o.shape.isCacheable() && o.shape.isExtensible()) {
            // Absent everywhere, or a writable data property of a prototype: the assignment makes
            // an own property (10.1.9.2 step 2.e), by a shape transition.
            Shape to = o.shape.addProperty(key, Property.DEFAULT);
            fast = MethodHandles.insertArguments(Guards.ADD_SLOT, 0, to, to.find(key).slot());
        }
        if (fast == null) {
            if (++uncacheable == PropertyGetSite.MAX_UNCACHEABLE) {
                cases = PropertyGetSite.MAX_CASES;
                setTarget(GENERIC.bindTo(this));
            }
            return;
        }
        cases++;
        MethodHandle fallback = cases == PropertyGetSite.MAX_CASES ? GENERIC.bindTo(this) : getTarget();
        MethodHandle guard = MethodHandles.dropArguments(lookup.guard(), 1, Object.class);
        setTarget(MethodHandles.guardWithTest(guard, fast, fallback));
    }
}

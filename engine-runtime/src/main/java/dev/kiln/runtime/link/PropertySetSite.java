package dev.kiln.runtime.link;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Undefined;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * An inline cache for {@code receiver.name = value} (6.2.5.6 PutValue), tiered like
 * {@link PropertyGetSite}: a {@link PolymorphicCache} first, and constants once a monomorphic
 * site is hot. Caches two cases: a store
 * into an own writable data property, and adding a new property by a shape transition when no
 * object on the prototype chain has the name or the first that has it holds a writable data
 * property (so no setter or read-only property can intervene; the guard checks the chain).
 * In strict code a failed assignment throws a TypeError.
 */
public final class PropertySetSite extends MutableCallSite {
    static final MethodType TYPE = MethodType.methodType(void.class, Object.class, Object.class);
    private static final MethodHandle GENERIC, CACHED;

    static {
        MethodHandles.Lookup l = MethodHandles.lookup();
        try {
            GENERIC = l.findVirtual(PropertySetSite.class, "generic", TYPE);
            CACHED = l.findVirtual(PropertySetSite.class, "cached", TYPE);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Realm realm;
    private final Object key;
    private final boolean strict;
    private final PolymorphicCache cache = new PolymorphicCache();
    private final MethodHandle cachedHandle;
    private int uncacheable;
    private int hits;

    PropertySetSite(Realm realm, Object key, boolean strict) {
        super(TYPE);
        this.realm = realm;
        this.key = key;
        this.strict = strict;
        this.cachedHandle = CACHED.bindTo(this);
        setTarget(cachedHandle);
    }

    private void cached(Object receiver, Object value) {
        if (receiver instanceof JSObject o) {
            PolymorphicCache.Entry e = cache.find(o);
            if (e != null) {
                if (++hits == PropertyGetSite.HOT && cache.size() <= 4) linkHot();
                if (e.transition == null) {
                    o.slots[e.property.slot()] = value;
                } else {
                    Guards.addSlot(e.transition, e.transition.addedProperty().slot(), o, value);
                }
                return;
            }
            if (!cache.isFull()) {
                PolymorphicCache.Entry entry = entryFor(o);
                if (entry != null) cache.add(entry);
                else if (++uncacheable == PropertyGetSite.MAX_UNCACHEABLE) setTarget(GENERIC.bindTo(this));
            } else {
                // Past the site's capacity: the engine-wide table.
                PolymorphicCache.Entry m = MegamorphicCache.SETS.find(o, key);
                if (m == null) {
                    m = entryFor(o);
                    if (m != null) MegamorphicCache.SETS.put(o, key, m);
                }
                if (m != null) {
                    if (m.transition == null) o.slots[m.property.slot()] = value;
                    else Guards.addSlot(m.transition, m.transition.addedProperty().slot(), o, value);
                    return;
                }
            }
        }
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

    /** What this site can cache for {@code o}'s layout: a store, a transition, or nothing (null). */
    private PolymorphicCache.Entry entryFor(JSObject o) {
        ShapeLookup lookup = ShapeLookup.of(o, key);
        if (lookup == null) return null;
        Property p = lookup.property();
        if (p != null && lookup.holder() == null && p.isPlainWritable()) return new PolymorphicCache.Entry(lookup, null);
        if ((p == null || (lookup.holder() != null && p.isPlainWritable())) && o.shape.isCacheable() && o.shape.isExtensible()) {
            // Absent everywhere, or a writable data property of a prototype: the assignment makes
            // an own property (10.1.9.2 step 2.e), by a shape transition.
            return new PolymorphicCache.Entry(lookup, o.shape.addProperty(key, Property.DEFAULT));
        }
        return null;
    }

    /** A hot site with few layouts: each entry's store or transition as constants in front of the cache. */
    private void linkHot() {
        MethodHandle target = cachedHandle;
        for (int i = cache.size() - 1; i >= 0; i--) {
            PolymorphicCache.Entry e = cache.entry(i);
            MethodHandle fast = e.transition == null
                    ? MethodHandles.insertArguments(Guards.STORE_SLOT, 0, e.property.slot())
                    : MethodHandles.insertArguments(Guards.ADD_SLOT, 0, e.transition, e.transition.addedProperty().slot());
            MethodHandle guard = MethodHandles.dropArguments(e.guard(), 1, Object.class);
            target = MethodHandles.guardWithTest(guard, fast, target);
        }
        setTarget(target);
    }
}

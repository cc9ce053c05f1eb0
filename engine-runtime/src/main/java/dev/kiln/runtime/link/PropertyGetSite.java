package dev.kiln.runtime.link;

import dev.kiln.runtime.object.Accessor;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Undefined;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * An inline cache for {@code receiver.name}, a named property read (13.3.2, 6.2.5.5 GetValue).
 * It starts as a {@link PolymorphicCache} in Java (cheap to set up: most sites run only a few
 * times). A site that gets hot while it has seen one receiver layout is linked once to a guarded
 * fast path whose shape and slot are JIT constants, falling back to the cache; a polymorphic
 * site stays with the cache, so a site is relinked at most once.
 */
public final class PropertyGetSite extends MutableCallSite {
    /** The most callees a call site links directly before it stays generic. */
    static final int MAX_CASES = 4;
    /** Misses that could not be cached before a site gives up and stays generic. */
    static final int MAX_UNCACHEABLE = 8;
    /** Cache hits after which a monomorphic site is linked to constants. */
    static final int HOT = 64;
    static final MethodType TYPE = MethodType.methodType(Object.class, Object.class);
    private static final MethodHandle GENERIC, CACHED, LENGTH, CALL_GETTER;
    /** A cache this small is linked as a chain of constant guards once the site is hot. */
    private static final int MAX_LINKED_CASES = 4;

    static {
        MethodHandles.Lookup l = MethodHandles.lookup();
        try {
            GENERIC = l.findVirtual(PropertyGetSite.class, "generic", TYPE);
            CACHED = l.findVirtual(PropertyGetSite.class, "cached", TYPE);
            LENGTH = l.findVirtual(PropertyGetSite.class, "length", TYPE);
            CALL_GETTER = l.findStatic(PropertyGetSite.class, "callGetter",
                    MethodType.methodType(Object.class, JSObject.class, int.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Realm realm;
    private final Object key;
    private final PolymorphicCache cache = new PolymorphicCache();
    private final MethodHandle cachedHandle;
    private int uncacheable;
    private int hits;

    PropertyGetSite(Realm realm, Object key) {
        super(TYPE);
        this.realm = realm;
        this.key = key;
        this.cachedHandle = CACHED.bindTo(this);
        setTarget("length".equals(key) ? LENGTH.bindTo(this) : cachedHandle);
    }

    /** {@code x.length}: arrays and strings keep it outside their shapes, so it has its own path. */
    private Object length(Object receiver) {
        if (receiver instanceof dev.kiln.runtime.object.ArrayObject a) return a.lengthValue();
        if (receiver instanceof CharSequence s) return s.length();
        return cached(receiver);
    }

    private Object cached(Object receiver) {
        if (receiver instanceof JSObject o) {
            PolymorphicCache.Entry e = cache.find(o);
            if (e != null) {
                if (++hits == HOT && cache.size() <= MAX_LINKED_CASES && !"length".equals(key)) linkHot();
                Property p = e.property;
                if (p == null) return Undefined.INSTANCE;
                JSObject h = e.holder == null ? o : e.holder;
                Object v = h.slots[p.slot()];
                if (!p.isAccessor()) {
                    if (v != null) return v;
                } else {
                    Object getter = ((Accessor) v).getter();
                    return getter == Undefined.INSTANCE ? Undefined.INSTANCE : ObjectOperations.call(getter, receiver);
                }
            } else if (!cache.isFull()) {
                ShapeLookup lookup = ShapeLookup.of(o, key);
                if (lookup != null) cache.add(new PolymorphicCache.Entry(lookup, null));
                else if (++uncacheable == MAX_UNCACHEABLE) setTarget(GENERIC.bindTo(this));
            } else {
                return megamorphic(o);
            }
            return o.get(key, o);
        }
        return getFromPrimitive(receiver);
    }

    /** A site past its cache's capacity: the engine-wide table, then the full [[Get]]. */
    private Object megamorphic(JSObject o) {
        PolymorphicCache.Entry e = MegamorphicCache.GETS.find(o, key);
        if (e == null) {
            ShapeLookup lookup = ShapeLookup.of(o, key);
            if (lookup == null) return o.get(key, o);
            e = new PolymorphicCache.Entry(lookup, null);
            MegamorphicCache.GETS.put(o, key, e);
        }
        Property p = e.property;
        if (p == null) return Undefined.INSTANCE;
        JSObject h = e.holder == null ? o : e.holder;
        Object v = h.slots[p.slot()];
        if (!p.isAccessor()) return v != null ? v : o.get(key, o);
        Object getter = ((Accessor) v).getter();
        return getter == Undefined.INSTANCE ? Undefined.INSTANCE : ObjectOperations.call(getter, o);
    }

    private Object generic(Object receiver) {
        if (receiver instanceof JSObject o) return o.get(key, o);
        return getFromPrimitive(receiver);
    }

    private Object getFromPrimitive(Object receiver) {
        if (receiver == Undefined.INSTANCE || receiver == Null.INSTANCE) {
            throw realm.typeError("Cannot read properties of " + receiver + " (reading '" + Conversion.toString(key) + "')");
        }
        Object own = PrimitiveWrapper.primitiveOwnValue(receiver, key);
        if (own != null) return own;
        return ObjectOperations.getV(realm, receiver, key);
    }

    /** A hot site with few layouts: each entry's layout and slot become constants in front of the cache. */
    private void linkHot() {
        MethodHandle target = cachedHandle;
        for (int i = cache.size() - 1; i >= 0; i--) {
            PolymorphicCache.Entry e = cache.entry(i);
            target = MethodHandles.guardWithTest(e.guard(), fastPath(e), target);
        }
        setTarget(target);
    }

    private MethodHandle fastPath(PolymorphicCache.Entry e) {
        MethodHandle fast;
        if (e.property == null) {
            fast = MethodHandles.dropArguments(MethodHandles.constant(Object.class, Undefined.INSTANCE), 0, Object.class);
        } else if (e.property.isAccessor()) {
            fast = MethodHandles.insertArguments(CALL_GETTER, 0, e.holder, e.property.slot());
        } else {
            fast = MethodHandles.insertArguments(Guards.LOAD_SLOT, 0, e.holder, e.property.slot(), GENERIC.bindTo(this));
        }
        return fast;
    }

    private static Object callGetter(JSObject holder, int slot, Object receiver) {
        JSObject h = holder == null ? (JSObject) receiver : holder;
        Object getter = ((Accessor) h.slots[slot]).getter();
        return getter == Undefined.INSTANCE ? Undefined.INSTANCE : ObjectOperations.call(getter, receiver);
    }
}

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
 * Monomorphic, it is a guarded fast path whose shape and slot are JIT constants; from the second
 * receiver layout on it is a {@link PolymorphicCache}, and the site is never relinked again.
 */
public final class PropertyGetSite extends MutableCallSite {
    /** The most callees a call site links directly before it stays generic. */
    static final int MAX_CASES = 4;
    /** Misses that could not be cached before a site gives up and stays generic. */
    static final int MAX_UNCACHEABLE = 8;
    static final MethodType TYPE = MethodType.methodType(Object.class, Object.class);
    private static final MethodHandle MISS, GENERIC, POLYMORPHIC, CALL_GETTER;

    static {
        MethodHandles.Lookup l = MethodHandles.lookup();
        try {
            MISS = l.findVirtual(PropertyGetSite.class, "miss", TYPE);
            GENERIC = l.findVirtual(PropertyGetSite.class, "generic", TYPE);
            POLYMORPHIC = l.findVirtual(PropertyGetSite.class, "polymorphic", TYPE);
            CALL_GETTER = l.findStatic(PropertyGetSite.class, "callGetter",
                    MethodType.methodType(Object.class, JSObject.class, int.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Realm realm;
    private final Object key;
    private final MethodHandle missHandle;
    private int uncacheable;
    /** Set once the site has seen a second layout; from then on the target stays {@link #polymorphic}. */
    private PolymorphicCache cache;
    private PolymorphicCache.Entry first;

    PropertyGetSite(Realm realm, Object key) {
        super(TYPE);
        this.realm = realm;
        this.key = key;
        this.missHandle = MISS.bindTo(this);
        setTarget(missHandle);
    }

    private Object miss(Object receiver) {
        if (receiver instanceof JSObject o) {
            link(o);
            return o.get(key, o);
        }
        return getFromPrimitive(receiver);
    }

    /** The target after a second layout: the entries of the cache, then the full [[Get]]. */
    private Object polymorphic(Object receiver) {
        if (receiver instanceof JSObject o) {
            PolymorphicCache.Entry e = cache.find(o);
            if (e != null) {
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
            }
            return o.get(key, o);
        }
        return getFromPrimitive(receiver);
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

    /**
     * The first cacheable layout gets a guarded fast path of constants (the JIT folds the shape
     * and slot into the code); a second switches the site to the polymorphic cache for good.
     */
    private void link(JSObject o) {
        ShapeLookup lookup = ShapeLookup.of(o, key);
        if (lookup == null) {
            if (++uncacheable == MAX_UNCACHEABLE) setTarget(GENERIC.bindTo(this));
            return;
        }
        if (first != null) {
            cache = new PolymorphicCache();
            cache.add(first);
            cache.add(new PolymorphicCache.Entry(lookup, null));
            setTarget(POLYMORPHIC.bindTo(this));
            return;
        }
        first = new PolymorphicCache.Entry(lookup, null);
        MethodHandle fast;
        if (lookup.property() == null) {
            fast = MethodHandles.dropArguments(MethodHandles.constant(Object.class, Undefined.INSTANCE), 0, Object.class);
        } else if (lookup.property().isAccessor()) {
            fast = MethodHandles.insertArguments(CALL_GETTER, 0, lookup.holder(), lookup.property().slot());
        } else {
            fast = MethodHandles.insertArguments(Guards.LOAD_SLOT, 0, lookup.holder(), lookup.property().slot(),
                    GENERIC.bindTo(this));
        }
        setTarget(MethodHandles.guardWithTest(lookup.guard(), fast, missHandle));
    }

    private static Object callGetter(JSObject holder, int slot, Object receiver) {
        JSObject h = holder == null ? (JSObject) receiver : holder;
        Object getter = ((Accessor) h.slots[slot]).getter();
        return getter == Undefined.INSTANCE ? Undefined.INSTANCE : ObjectOperations.call(getter, receiver);
    }
}

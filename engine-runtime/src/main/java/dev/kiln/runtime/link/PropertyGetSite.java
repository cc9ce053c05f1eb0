package dev.kiln.runtime.link;

import dev.kiln.runtime.object.Accessor;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Undefined;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * An inline cache for {@code receiver.name}, a named property read (13.3.2, 6.2.5.5 GetValue).
 * Each miss does the full [[Get]] and, where shapes alone decided the lookup, adds a guarded
 * fast path for that receiver layout in front of the current target — up to
 * {@link #MAX_CASES}; after that the site stays generic.
 */
public final class PropertyGetSite extends MutableCallSite {
    static final int MAX_CASES = 8;
    /** Misses that could not be cached before a site gives up and stays generic. */
    static final int MAX_UNCACHEABLE = 8;
    static final MethodType TYPE = MethodType.methodType(Object.class, Object.class);
    private static final MethodHandle MISS, GENERIC, CALL_GETTER;

    static {
        MethodHandles.Lookup l = MethodHandles.lookup();
        try {
            MISS = l.findVirtual(PropertyGetSite.class, "miss", TYPE);
            GENERIC = l.findVirtual(PropertyGetSite.class, "generic", TYPE);
            CALL_GETTER = l.findStatic(PropertyGetSite.class, "callGetter",
                    MethodType.methodType(Object.class, JSObject.class, int.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Realm realm;
    private final Object key;
    private final MethodHandle missHandle;
    private int cases;
    private int uncacheable;

    PropertyGetSite(Realm realm, Object key) {
        super(TYPE);
        this.realm = realm;
        this.key = key;
        this.missHandle = MISS.bindTo(this);
        setTarget(missHandle);
    }

    private Object miss(Object receiver) {
        if (receiver instanceof JSObject o) {
            if (cases < MAX_CASES) link(o);
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

    private void link(JSObject o) {
        ShapeLookup lookup = ShapeLookup.of(o, key);
        if (lookup == null) {
            if (++uncacheable == MAX_UNCACHEABLE) {
                cases = MAX_CASES;
                setTarget(GENERIC.bindTo(this));
            }
            return;
        }
        MethodHandle fast;
        if (lookup.property() == null) {
            fast = MethodHandles.dropArguments(MethodHandles.constant(Object.class, Undefined.INSTANCE), 0, Object.class);
        } else if (lookup.property().isAccessor()) {
            fast = MethodHandles.insertArguments(CALL_GETTER, 0, lookup.holder(), lookup.property().slot());
        } else {
            fast = MethodHandles.insertArguments(Guards.LOAD_SLOT, 0, lookup.holder(), lookup.property().slot(), missHandle);
        }
        cases++;
        MethodHandle fallback = cases == MAX_CASES ? GENERIC.bindTo(this) : getTarget();
        setTarget(MethodHandles.guardWithTest(lookup.guard(), fast, fallback));
    }

    private static Object callGetter(JSObject holder, int slot, Object receiver) {
        JSObject h = holder == null ? (JSObject) receiver : holder;
        Object getter = ((Accessor) h.slots[slot]).getter();
        return getter == Undefined.INSTANCE ? Undefined.INSTANCE : ObjectOperations.call(getter, receiver);
    }
}

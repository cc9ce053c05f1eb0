package dev.kiln.runtime.link;

import dev.kiln.runtime.env.Binding;
import dev.kiln.runtime.env.GlobalEnvironment;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.shape.Shape;
import dev.kiln.runtime.value.Undefined;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * An inline cache for a name that resolves to the global environment (9.1.1.4): read, typeof
 * read (no ReferenceError), or write. A lexical global links to its {@link Binding} for good
 * (lexical bindings are never removed); a property of the global object links to its slot,
 * guarded by the global object's shape and by the global environment's switch point, which a
 * new lexical declaration invalidates.
 */
public final class GlobalSite extends MutableCallSite {
    public enum Kind { GET, TYPEOF, SET_STRICT, SET_SLOPPY }

    private static final MethodHandle GET_MISS, TYPEOF_MISS, SET_MISS, READ_BINDING, WRITE_BINDING;

    static {
        MethodHandles.Lookup l = MethodHandles.lookup();
        try {
            GET_MISS = l.findVirtual(GlobalSite.class, "getMiss", MethodType.methodType(Object.class));
            TYPEOF_MISS = l.findVirtual(GlobalSite.class, "typeofMiss", MethodType.methodType(Object.class));
            SET_MISS = l.findVirtual(GlobalSite.class, "setMiss", MethodType.methodType(void.class, Object.class));
            READ_BINDING = l.findVirtual(GlobalSite.class, "readBinding", MethodType.methodType(Object.class, Binding.class));
            WRITE_BINDING = l.findVirtual(GlobalSite.class, "writeBinding",
                    MethodType.methodType(void.class, Binding.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Realm realm;
    private final String name;
    private final Kind kind;
    /**
     * The cold path's cache of a global object property: its shape (and dictionary version),
     * slot, and the switch point that was valid when it was cached. Linking into method handles
     * waits until the site is hot: most global names in a script are used a few times.
     */
    private Shape cachedShape;
    private int cachedVersion;
    private int cachedSlot;
    private java.lang.invoke.SwitchPoint cachedValidity;
    private int hits;

    GlobalSite(Realm realm, String name, Kind kind) {
        super(kind == Kind.GET || kind == Kind.TYPEOF ? MethodType.methodType(Object.class)
                : MethodType.methodType(void.class, Object.class));
        this.realm = realm;
        this.name = name;
        this.kind = kind;
        setTarget(missHandle());
    }

    private MethodHandle missHandle() {
        return switch (kind) {
            case GET -> GET_MISS.bindTo(this);
            case TYPEOF -> TYPEOF_MISS.bindTo(this);
            default -> SET_MISS.bindTo(this);
        };
    }

    /** The cached global object property's value, or null if the cache does not apply. */
    private Object readCached() {
        Shape s = cachedShape;
        if (s == null || cachedValidity.hasBeenInvalidated()) return null;
        JSObject global = realm.globalEnv().globalObject();
        if (global.shape != s || s.version() != cachedVersion) return null;
        return global.slots[cachedSlot];
    }

    /** Remembers where the global object holds the name; links the site once it is hot. */
    private void remember(JSObject global, boolean write) {
        Property p = ownDataProperty(global);
        if (p == null || (write && !p.isPlainWritable())) {
            cachedShape = null;
            return;
        }
        cachedShape = global.shape;
        cachedVersion = global.shape.version();
        cachedSlot = p.slot();
        cachedValidity = realm.globalEnv().lexicalsChanged();
        if (++hits >= PropertyGetSite.HOT) {
            if (write) linkGlobalObjectWrite(global);
            else linkGlobalObjectRead(global);
        }
    }

    private Object getMiss() {
        Object cached = readCached();
        if (cached != null && ++hits < PropertyGetSite.HOT) return cached;
        GlobalEnvironment env = realm.globalEnv();
        Binding b = env.lexical(name);
        if (b != null) {
            setTarget(MethodHandles.insertArguments(READ_BINDING, 0, this, b));
            return readBinding(b);
        }
        JSObject global = env.globalObject();
        if (!global.hasProperty(name)) throw realm.referenceError(name + " is not defined");
        remember(global, false);
        return global.get(name, global);
    }

    private Object typeofMiss() {
        Object cached = readCached();
        if (cached != null && ++hits < PropertyGetSite.HOT) return cached;
        GlobalEnvironment env = realm.globalEnv();
        Binding b = env.lexical(name);
        if (b != null) {
            setTarget(MethodHandles.insertArguments(READ_BINDING, 0, this, b));
            return readBinding(b);
        }
        JSObject global = env.globalObject();
        if (!global.hasProperty(name)) return Undefined.INSTANCE;
        remember(global, false);
        return global.get(name, global);
    }

    private void setMiss(Object value) {
        if (cachedShape != null && readCached() != null && ++hits < PropertyGetSite.HOT) {
            realm.globalEnv().globalObject().slots[cachedSlot] = value;
            return;
        }
        GlobalEnvironment env = realm.globalEnv();
        Binding b = env.lexical(name);
        if (b != null) {
            setTarget(MethodHandles.insertArguments(WRITE_BINDING, 0, this, b));
            writeBinding(b, value);
            return;
        }
        JSObject global = env.globalObject();
        boolean strict = kind == Kind.SET_STRICT;
        if (!global.hasProperty(name)) {
            // 9.1.1.4.5 SetMutableBinding of an unresolvable reference (6.2.5.6 PutValue step 3).
            if (strict) throw realm.referenceError(name + " is not defined");
            global.set(name, value, global);
            return;
        }
        remember(global, true);
        PropertySetSite.put(realm, global, name, value, strict);
    }

    private Object readBinding(Binding b) {
        Object v = b.value;
        if (v == null) throw realm.referenceError("Cannot access '" + name + "' before initialization");
        return v;
    }

    private void writeBinding(Binding b, Object value) {
        if (b.value == null) throw realm.referenceError("Cannot access '" + name + "' before initialization");
        if (!b.mutable) throw realm.typeError("Assignment to constant variable.");
        b.value = value;
    }

    /** A fast path for an own data property of an ordinary global object. */
    private void linkGlobalObjectRead(JSObject global) {
        Property p = ownDataProperty(global);
        if (p == null) return;
        MethodHandle guard = shapeGuard(global);
        MethodHandle fast = MethodHandles.insertArguments(Guards.LOAD_SLOT, 0, global, p.slot(), dropReceiver(missHandle()), global);
        MethodHandle linked = MethodHandles.guardWithTest(guard, fast, missHandle());
        setTarget(realm.globalEnv().lexicalsChanged().guardWithTest(linked, missHandle()));
    }

    private void linkGlobalObjectWrite(JSObject global) {
        Property p = ownDataProperty(global);
        if (p == null || !p.isPlainWritable()) return;
        MethodHandle guard = MethodHandles.dropArguments(shapeGuard(global), 0, Object.class);
        MethodHandle fast = MethodHandles.insertArguments(Guards.STORE_SLOT, 0, p.slot(), global);
        MethodHandle linked = MethodHandles.guardWithTest(guard, fast, missHandle());
        setTarget(realm.globalEnv().lexicalsChanged().guardWithTest(linked, missHandle()));
    }

    private Property ownDataProperty(JSObject global) {
        if (!global.isShapeCacheable() || !global.ownPropertyIsInShape(name)) return null;
        Property p = global.shape.find(name);
        return p == null || p.isAccessor() ? null : p;
    }

    private static MethodHandle shapeGuard(JSObject global) {
        Shape s = global.shape;
        MethodHandle test = s.isCacheable()
                ? MethodHandles.insertArguments(Guards.RECEIVER_IS, 0, global.getClass(), s, global)
                : MethodHandles.insertArguments(Guards.RECEIVER_IS_DICTIONARY, 0, global.getClass(), s, s.version(), global);
        return test;
    }

    /** The miss handle of a read, as a handle taking (and ignoring) the receiver LOAD_SLOT passes. */
    private static MethodHandle dropReceiver(MethodHandle miss) {
        return MethodHandles.dropArguments(miss, 0, Object.class);
    }

    /** ResolveBinding's global case for code that must not cache: used by dynamic scopes. */
    public static Object lookup(Realm realm, String name, boolean typeofOnly) {
        GlobalEnvironment env = realm.globalEnv();
        Binding b = env.lexical(name);
        if (b != null) {
            if (b.value == null) throw realm.referenceError("Cannot access '" + name + "' before initialization");
            return b.value;
        }
        JSObject global = env.globalObject();
        if (!global.hasProperty(name)) {
            if (typeofOnly) return Undefined.INSTANCE;
            throw realm.referenceError(name + " is not defined");
        }
        return ObjectOperations.get(global, name);
    }
}

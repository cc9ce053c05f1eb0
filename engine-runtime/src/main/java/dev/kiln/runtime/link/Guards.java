package dev.kiln.runtime.link;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.shape.Shape;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The tests and accesses inline caches are built from: small static methods that a call site
 * binds to constants (a class, a shape, a prototype, a slot) with insertArguments, so the JIT
 * sees the constants and inlines check and access into the generated code.
 *
 * <p>A receiver must have the exact Java class seen when the cache was made (the class decides
 * which internal methods run, and an array and a plain object can share a shape); a dictionary
 * shape is only valid at the layout version it had.
 */
final class Guards {
    private Guards() {}

    static final MethodHandle LAYOUT_IS, RECEIVER_IS, RECEIVER_IS_DICTIONARY, PROTOTYPE_IS, HOLDER_IS, HOLDER_IS_DICTIONARY;
    static final MethodHandle LOAD_SLOT, STORE_SLOT, ADD_SLOT;
    private static final MethodHandle FALSE = MethodHandles.dropArguments(
            MethodHandles.constant(boolean.class, false), 0, Object.class);

    static {
        MethodHandles.Lookup l = MethodHandles.lookup();
        try {
            LAYOUT_IS = l.findStatic(Guards.class, "layoutIs",
                    MethodType.methodType(boolean.class, Layout.class, Object.class));
            RECEIVER_IS = l.findStatic(Guards.class, "receiverIs",
                    MethodType.methodType(boolean.class, Class.class, Shape.class, Object.class));
            RECEIVER_IS_DICTIONARY = l.findStatic(Guards.class, "receiverIsDictionary",
                    MethodType.methodType(boolean.class, Class.class, Shape.class, int.class, Object.class));
            PROTOTYPE_IS = l.findStatic(Guards.class, "prototypeIs",
                    MethodType.methodType(boolean.class, JSObject.class, Object.class));
            HOLDER_IS = l.findStatic(Guards.class, "holderIs",
                    MethodType.methodType(boolean.class, JSObject.class, Shape.class, JSObject.class));
            HOLDER_IS_DICTIONARY = l.findStatic(Guards.class, "holderIsDictionary",
                    MethodType.methodType(boolean.class, JSObject.class, Shape.class, int.class, JSObject.class));
            LOAD_SLOT = l.findStatic(Guards.class, "loadSlot",
                    MethodType.methodType(Object.class, JSObject.class, int.class, MethodHandle.class, Object.class));
            STORE_SLOT = l.findStatic(Guards.class, "storeSlot",
                    MethodType.methodType(void.class, int.class, Object.class, Object.class));
            ADD_SLOT = l.findStatic(Guards.class, "addSlot",
                    MethodType.methodType(void.class, Shape.class, int.class, Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The common layouts in one piece: a receiver with tree shape {@code shape}, and (when
     * {@code checkPrototype}) its prototype with tree shape {@code prototypeShape} whose own
     * prototype is {@code prototypeNext}, or no prototype at all. One bound handle instead of a
     * chain of guardWithTest keeps the code each site inlines small (C1 gives up on methods whose
     * inlined handles need too many registers); HotSpot trusts a record's final fields, so a
     * constant Layout's fields are JIT constants too.
     */
    record Layout(Class<?> type, Shape shape, boolean checkPrototype, JSObject prototype, Shape prototypeShape,
                  JSObject prototypeNext) {}

    static boolean layoutIs(Layout l, Object o) {
        if (o == null || o.getClass() != l.type) return false;
        JSObject j = (JSObject) o;
        if (j.shape != l.shape) return false;
        if (!l.checkPrototype) return true;
        JSObject p = j.prototypeSlot();
        if (p != l.prototype) return false;
        return p == null || (p.shape == l.prototypeShape && p.prototypeSlot() == l.prototypeNext);
    }

    /** Both tests, the second only if the first passed. Both of type (Object)boolean. */
    static MethodHandle and(MethodHandle a, MethodHandle b) {
        return MethodHandles.guardWithTest(a, b, FALSE);
    }

    /** A test of constants only, as a test of the receiver. */
    static MethodHandle ignoringReceiver(MethodHandle test) {
        return MethodHandles.dropArguments(test, 0, Object.class);
    }

    /** The receiver has class {@code c} and tree shape {@code s}. */
    static boolean receiverIs(Class<?> c, Shape s, Object o) {
        return o != null && o.getClass() == c && ((JSObject) o).shape == s;
    }

    /** The receiver has class {@code c} and dictionary shape {@code s} at layout version {@code v}. */
    static boolean receiverIsDictionary(Class<?> c, Shape s, int v, Object o) {
        return o != null && o.getClass() == c && ((JSObject) o).shape == s && s.version() == v;
    }

    /** The receiver's [[Prototype]] is {@code p} (the receiver already passed a class check). */
    static boolean prototypeIs(JSObject p, Object o) {
        return ((JSObject) o).prototypeSlot() == p;
    }

    /** A prototype on the chain still has tree shape {@code s} and prototype {@code next}. */
    static boolean holderIs(JSObject h, Shape s, JSObject next) {
        return h.shape == s && h.prototypeSlot() == next;
    }

    /** As {@link #holderIs}, for a prototype with a dictionary shape at version {@code v}. */
    static boolean holderIsDictionary(JSObject h, Shape s, int v, JSObject next) {
        return h.shape == s && s.version() == v && h.prototypeSlot() == next;
    }

    /**
     * The value in {@code holder}'s slot (the receiver's when holder is null). A null slot holds
     * a value made on first use (a function's "prototype"), which the slow path makes.
     */
    static Object loadSlot(JSObject holder, int slot, MethodHandle slow, Object receiver) throws Throwable {
        JSObject h = holder == null ? (JSObject) receiver : holder;
        Object v = h.slots[slot];
        return v != null ? v : (Object) slow.invokeExact(receiver);
    }

    static void storeSlot(int slot, Object receiver, Object value) {
        ((JSObject) receiver).slots[slot] = value;
    }

    /** Adds a property by a cached transition to shape {@code to}, whose new slot is {@code slot}. */
    static void addSlot(Shape to, int slot, Object receiver, Object value) {
        JSObject o = (JSObject) receiver;
        Object[] slots = o.slots;
        if (slot >= slots.length) {
            Object[] grown = new Object[Math.max(4, Math.max(slot + 1, slots.length * 2))];
            System.arraycopy(slots, 0, grown, 0, slots.length);
            o.slots = slots = grown;
        }
        slots[slot] = value;
        o.shape = to;
    }
}

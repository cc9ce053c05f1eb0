package dev.kiln.runtime.link;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.shape.Shape;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * Where a named property is, for one receiver layout, when shapes alone decide it: a guard that
 * recognises the layout (receiver class and shape, and each prototype passed on the way with
 * its shape) and the object holding the property, or none if the whole chain lacks it.
 *
 * @param guard    a test of type (Object)boolean on the receiver
 * @param holder   the prototype holding the property; null when it is the receiver's own
 * @param property the property, or null when no object on the chain has it
 */
record ShapeLookup(MethodHandle guard, JSObject holder, Property property) {
    /** How many prototypes a cache will look through. */
    private static final int MAX_DEPTH = 4;

    /** The lookup of {@code key} on {@code o}, or null if it cannot be cached. */
    static ShapeLookup of(JSObject o, Object key) {
        if (!o.isShapeCacheable() || !o.ownPropertyIsInShape(key)) return null;
        Shape s = o.shape;
        MethodHandle guard = s.isCacheable()
                ? MethodHandles.insertArguments(Guards.RECEIVER_IS, 0, o.getClass(), s)
                : MethodHandles.insertArguments(Guards.RECEIVER_IS_DICTIONARY, 0, o.getClass(), s, s.version());
        Property p = s.find(key);
        if (p != null) return new ShapeLookup(guard, null, p);
        JSObject next = o.prototypeSlot();
        guard = Guards.and(guard, MethodHandles.insertArguments(Guards.PROTOTYPE_IS, 0, next));
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            if (next == null) return new ShapeLookup(guard, null, null);
            JSObject h = next;
            if (!h.isShapeCacheable() || !h.ownPropertyIsInShape(key)) return null;
            Shape hs = h.shape;
            next = h.prototypeSlot();
            MethodHandle holderTest = hs.isCacheable()
                    ? MethodHandles.insertArguments(Guards.HOLDER_IS, 0, h, hs, next)
                    : MethodHandles.insertArguments(Guards.HOLDER_IS_DICTIONARY, 0, h, hs, hs.version(), next);
            guard = Guards.and(guard, Guards.ignoringReceiver(holderTest));
            Property hp = hs.find(key);
            if (hp != null) return new ShapeLookup(guard, h, hp);
        }
        return null;
    }
}

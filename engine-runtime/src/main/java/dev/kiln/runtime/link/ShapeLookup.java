package dev.kiln.runtime.link;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.shape.Property;

/**
 * Where a named property is, for one receiver layout, when shapes alone decide it: a guard that
 * recognises the layout (receiver class and shape, and each prototype passed on the way with
 * its shape) and the object holding the property, or none if the whole chain lacks it.
 *
 * @param holder   the prototype holding the property; null when it is the receiver's own
 * @param property the property, or null when no object on the chain has it
 */
record ShapeLookup(JSObject receiver, JSObject[] chain, JSObject holder, Property property) {
    /** How many prototypes a cache will look through (class hierarchies in real code go a few deep). */
    private static final int MAX_DEPTH = 8;

    /** The lookup of {@code key} on {@code o}, or null if it cannot be cached. Cheap: no handles are made. */
    static ShapeLookup of(JSObject o, Object key) {
        if (!o.isShapeCacheable() || !o.ownPropertyIsInShape(key)) return null;
        Property p = o.shape.find(key);
        if (p != null) return new ShapeLookup(o, new JSObject[0], null, p);
        JSObject[] chain = new JSObject[MAX_DEPTH];
        JSObject next = o.prototypeSlot();
        for (int depth = 0; depth <= MAX_DEPTH; depth++) {
            if (next == null) return new ShapeLookup(o, java.util.Arrays.copyOf(chain, depth), null, null);
            if (depth == MAX_DEPTH) return null;
            JSObject h = next;
            if (!h.isShapeCacheable() || !h.ownPropertyIsInShape(key)) return null;
            chain[depth] = h;
            Property hp = h.shape.find(key);
            if (hp != null) return new ShapeLookup(o, java.util.Arrays.copyOf(chain, depth + 1), h, hp);
            next = h.prototypeSlot();
        }
        return null;
    }
}

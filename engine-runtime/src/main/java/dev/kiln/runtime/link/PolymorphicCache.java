package dev.kiln.runtime.link;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.shape.Shape;

/**
 * The cache of a property site that has seen more than one receiver layout: entries in an array,
 * tried in order and added on misses, so the site never needs relinking again (each relink would
 * make the JIT throw away and recompile the code around it). An entry is one {@link ShapeLookup}
 * frozen: the receiver's class and shape, the prototypes the lookup passed with their shapes,
 * and where the property was found.
 */
final class PolymorphicCache {
    static final int CAPACITY = 8;

    /** One receiver layout and where the property is for it. */
    static final class Entry {
        final Class<?> type;
        final Shape shape;
        final int version;
        /** Whether shape is a dictionary, whose version must be checked too (a tree shape's never changes). */
        final boolean dictionary;
        /** The prototypes the lookup went through (empty for an own property) and their layouts. */
        final JSObject[] chain;
        final Shape[] chainShapes;
        final int[] chainVersions;
        /** Each chain object's prototype when the entry was made. */
        final JSObject[] chainNext;
        /** The first prototype (must be the receiver's), or null when chain is empty. */
        final JSObject firstPrototype;
        /** The object holding the property (null: the receiver itself) and the property (null: absent). */
        final JSObject holder;
        final Property property;
        /** For a cached transition: the shape after adding the property. */
        final Shape transition;
        /** The receiver's prototype when the entry was made. */
        final JSObject receiverPrototype;

        Entry(ShapeLookup lookup, Shape transition) {
            JSObject o = lookup.receiver();
            this.type = o.getClass();
            this.shape = o.shape;
            this.version = o.shape.version();
            this.dictionary = o.shape.isDictionary();
            this.chain = lookup.chain();
            this.chainShapes = new Shape[chain.length];
            this.chainVersions = new int[chain.length];
            this.chainNext = new JSObject[chain.length];
            for (int i = 0; i < chain.length; i++) {
                chainShapes[i] = chain[i].shape;
                chainVersions[i] = chain[i].shape.version();
                chainNext[i] = chain[i].prototypeSlot();
            }
            this.receiverPrototype = o.prototypeSlot();
            this.firstPrototype = chain.length == 0 ? null : chain[0];
            this.holder = lookup.holder();
            this.property = lookup.property();
            this.transition = transition;
        }

        /**
         * The same test as {@link #matches} as a method handle of type (Object)boolean whose
         * layouts are constants, for a site hot enough to link it directly.
         */
        java.lang.invoke.MethodHandle guard() {
            Guards.Layout layout = layout();
            if (layout != null) return java.lang.invoke.MethodHandles.insertArguments(Guards.LAYOUT_IS, 0, layout);
            java.lang.invoke.MethodHandle g = shape.isCacheable()
                    ? java.lang.invoke.MethodHandles.insertArguments(Guards.RECEIVER_IS, 0, type, shape)
                    : java.lang.invoke.MethodHandles.insertArguments(Guards.RECEIVER_IS_DICTIONARY, 0, type, shape, version);
            if (holder == null && property != null) return g;
            g = Guards.and(g, java.lang.invoke.MethodHandles.insertArguments(Guards.PROTOTYPE_IS, 0, receiverPrototype));
            for (int i = 0; i < chain.length; i++) {
                java.lang.invoke.MethodHandle test = chainShapes[i].isCacheable()
                        ? java.lang.invoke.MethodHandles.insertArguments(Guards.HOLDER_IS, 0, chain[i], chainShapes[i], chainNext[i])
                        : java.lang.invoke.MethodHandles.insertArguments(Guards.HOLDER_IS_DICTIONARY, 0, chain[i], chainShapes[i],
                                chainVersions[i], chainNext[i]);
                g = Guards.and(g, Guards.ignoringReceiver(test));
            }
            return g;
        }

        /** This entry's test as one {@link Guards.Layout}, when its shapes are tree shapes and it looks at most one prototype deep. */
        private Guards.Layout layout() {
            if (dictionary) return null;
            if (chain.length == 0) {
                return property != null ? new Guards.Layout(type, shape, false, null, null, null)
                        : new Guards.Layout(type, shape, true, null, null, null);
            }
            if (chain.length == 1 && chainShapes[0].isCacheable() && (property != null || chainNext[0] == null)) {
                return new Guards.Layout(type, shape, true, chain[0], chainShapes[0], chainNext[0]);
            }
            return null;
        }

        boolean matches(JSObject o) {
            if (o.shape != shape || o.getClass() != type || (dictionary && shape.version() != version)) return false;
            if (chain.length == 0) return property != null || o.prototypeSlot() == null;
            if (o.prototypeSlot() != firstPrototype) return false;
            for (int i = 0; i < chain.length; i++) {
                JSObject h = chain[i];
                if (h.shape != chainShapes[i] || chainShapes[i].version() != chainVersions[i]) return false;
                JSObject next = i + 1 < chain.length ? chain[i + 1] : null;
                if (i + 1 < chain.length && h.prototypeSlot() != next) return false;
                if (i + 1 == chain.length && property == null && h.prototypeSlot() != null) return false;
            }
            return true;
        }
    }

    private final Entry[] entries = new Entry[CAPACITY];
    private int size;

    Entry find(JSObject o) {
        Entry[] es = entries;
        for (int i = 0, n = size; i < n; i++) {
            Entry e = es[i];
            if (e.matches(o)) return e;
        }
        return null;
    }

    /** Adds an entry if there is room; returns whether the cache still has room afterwards. */
    boolean add(Entry e) {
        if (size < CAPACITY) entries[size++] = e;
        return size < CAPACITY;
    }

    boolean isFull() {
        return size == CAPACITY;
    }

    int size() {
        return size;
    }

    /** Entry {@code i} (0 .. size-1). */
    Entry entry(int i) {
        return entries[i];
    }

    /** The only entry of a monomorphic cache. */
    Entry single() {
        return size == 1 ? entries[0] : null;
    }
}

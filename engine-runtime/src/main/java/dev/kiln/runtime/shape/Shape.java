package dev.kiln.runtime.shape;

import dev.kiln.runtime.value.PrivateName;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hidden class of an object: which named properties it has, in which slots, with which
 * attributes, and whether it is extensible. Objects built the same way share a shape, so an
 * inline cache can check one reference and then read a slot directly.
 *
 * <p>Shapes form a transition tree shared by every realm of the JVM: a shape never holds a
 * prototype or anything else realm-specific, so the built-in objects of every new context
 * reuse the same shapes and compiled code shared between contexts keeps hitting its caches.
 * Children are held weakly so that shapes nobody uses any more are collected.
 *
 * <p>An object used as a map (many properties, or a property deleted out of order) switches to
 * a dictionary shape: a mutable table owned by that one object, which inline caches never
 * cache.
 */
public final class Shape {
    /** More named properties than this and an object becomes a dictionary. */
    static final int MAX_TREE_PROPERTIES = 128;
    /** Every this-many levels of the tree, a shape keeps a hash table of all its properties. */
    private static final int TABLE_INTERVAL = 8;

    /** The empty, extensible shape every object starts from. */
    public static final Shape ROOT = new Shape(null, null, 0, 0, true);

    private static final Object NON_EXTENSIBLE = new Object();

    private final Shape parent;
    /** The property this shape adds to its parent; null for the root and for non-extensible markers. */
    private final Property last;
    private final int propertyCount;
    private final int slotCount;
    private final boolean extensible;

    /** Hash table of all properties, present only every {@link #TABLE_INTERVAL} levels. */
    private final Map<Object, Property> table;
    /** Properties in creation order, built on first use. */
    private volatile Property[] ordered;

    /** Transitions: a TransitionKey -> the child Shape or a WeakReference to it; guarded by this. */
    private HashMap<TransitionKey, Object> transitions;

    /** The dictionary state; non-null only for dictionary shapes. */
    private final Dictionary dictionary;

    private record TransitionKey(Object key, int flags) {}

    private Shape(Shape parent, Property last, int propertyCount, int slotCount, boolean extensible) {
        this.parent = parent;
        this.last = last;
        this.propertyCount = propertyCount;
        this.slotCount = slotCount;
        this.extensible = extensible;
        this.dictionary = null;
        this.table = propertyCount > 0 && propertyCount % TABLE_INTERVAL == 0 && last != null ? buildTable() : null;
    }

    private Shape(Dictionary dictionary, boolean extensible) {
        this.parent = null;
        this.last = null;
        this.propertyCount = -1;
        this.slotCount = -1;
        this.extensible = extensible;
        this.dictionary = dictionary;
        this.table = null;
    }

    /** Whether this shape never changes: tree shapes don't; a dictionary changes in place. */
    public boolean isCacheable() {
        return dictionary == null;
    }

    /**
     * A dictionary's layout version, bumped by every addition, removal or attribute change, so
     * an inline cache may remember a dictionary shape together with its version; 0 for tree shapes.
     */
    public int version() {
        return dictionary == null ? 0 : dictionary.version;
    }

    public boolean isDictionary() {
        return dictionary != null;
    }

    public boolean isExtensible() {
        return extensible;
    }

    public int propertyCount() {
        return dictionary != null ? dictionary.map.size() : propertyCount;
    }

    /** The number of slots an object of this shape needs. */
    public int slotCount() {
        return dictionary != null ? dictionary.nextSlot : slotCount;
    }

    /** The property with this key, or null. The key is a String or a Symbol. */
    public Property find(Object key) {
        if (dictionary != null) return dictionary.map.get(key);
        // A one-entry memo: generic lookups (megamorphic sites, prototype walks) ask the same
        // shape for the same key again and again. Racy but benign: both fields hold immutable
        // values, and a stale pair is only a miss.
        Lookup memo = lastLookup;
        if (memo != null && memo.key == key) return memo.property;
        Property found = null;
        for (Shape s = this; s != null; s = s.parent) {
            if (s.table != null) {
                found = s.table.get(key);
                break;
            }
            Property p = s.last;
            if (p != null && p.key().equals(key)) {
                found = p;
                break;
            }
        }
        lastLookup = new Lookup(key, found);
        return found;
    }

    /** The last key {@link #find} was asked for (compared by identity) and its answer. */
    private record Lookup(Object key, Property property) {}

    private Lookup lastLookup;

    /** Properties in creation order (ECMA-262 10.1.11.1 orders string keys by creation). */
    public Property[] properties() {
        if (dictionary != null) return dictionary.map.values().toArray(new Property[0]);
        Property[] result = ordered;
        if (result == null) {
            result = new Property[propertyCount];
            int i = propertyCount;
            for (Shape s = this; s != null; s = s.parent) {
                if (s.last != null) result[--i] = s.last;
            }
            ordered = result;
        }
        return result;
    }

    private Map<Object, Property> buildTable() {
        HashMap<Object, Property> map = new HashMap<>(propertyCount * 2);
        for (Shape s = this; s != null; s = s.parent) {
            if (s.table != null && s != this) {
                for (Map.Entry<Object, Property> e : s.table.entrySet()) map.putIfAbsent(e.getKey(), e.getValue());
                break;
            }
            if (s.last != null) map.putIfAbsent(s.last.key(), s.last);
        }
        return map;
    }

    // ----- changes. Tree shapes return a new shape; a dictionary changes in place and returns itself.

    /** A shape with one more property, whose value goes in the next free slot. */
    public Shape addProperty(Object key, int flags) {
        if (dictionary != null) {
            dictionary.add(key, flags);
            return this;
        }
        if (propertyCount >= MAX_TREE_PROPERTIES) return toDictionary().addProperty(key, flags);
        return transition(new TransitionKey(key, flags),
                () -> new Shape(this, new Property(key, flags, slotCount), propertyCount + 1, slotCount + 1, extensible));
    }

    /** A shape in which the existing property {@code p} has the attributes {@code flags}. */
    public Shape changeFlags(Property p, int flags) {
        if (p.flags() == flags) return this;
        if (dictionary != null) {
            dictionary.map.put(p.key(), p.withFlags(flags));
            dictionary.version++;
            return this;
        }
        return rebuild(p.key(), flags, 0, 0);
    }

    /**
     * A shape where every property has {@code clear} bits removed, and data properties also
     * {@code clearData} (Object.freeze clears CONFIGURABLE and, on data, WRITABLE).
     */
    public Shape clearFlagsOfAll(int clear, int clearData) {
        if (dictionary != null) {
            for (Map.Entry<Object, Property> e : dictionary.map.entrySet()) {
                Property p = e.getValue();
                if (p.key() instanceof PrivateName) continue;
                e.setValue(p.withFlags(p.flags() & ~clear & ~(p.isAccessor() ? 0 : clearData)));
            }
            dictionary.version++;
            return this;
        }
        return rebuild(null, 0, clear, clearData);
    }

    /** Re-walks the transitions from the root with changed attributes; slots stay where they were. */
    private Shape rebuild(Object changedKey, int changedFlags, int clear, int clearData) {
        Shape s = ROOT;
        for (Property p : properties()) {
            int f = p.key().equals(changedKey) ? changedFlags
                    : p.key() instanceof PrivateName ? p.flags() // freezing never touches private elements
                    : p.flags() & ~clear & ~(p.isAccessor() ? 0 : clearData);
            s = s.addProperty(p.key(), f);
        }
        return extensible ? s : s.preventExtensions();
    }

    /** A shape without property {@code p}. Only removing the newest property keeps a tree shape. */
    public Shape removeProperty(Property p) {
        if (dictionary == null && extensible && last == p) return parent;
        Shape d = dictionary != null ? this : toDictionary();
        d.dictionary.remove(p.key());
        return d;
    }

    /** The non-extensible version of this shape. */
    public Shape preventExtensions() {
        if (!extensible) return this;
        if (dictionary != null) return new Shape(dictionary, false);
        return transition(new TransitionKey(NON_EXTENSIBLE, 0), () -> {
            Shape child = new Shape(this, null, propertyCount, slotCount, false);
            child.ordered = properties();
            return child;
        });
    }

    /**
     * The child for {@code tk}, made by {@code make} if there is none. Children are held weakly,
     * except those made while built-ins are installed ({@link #retainingTransitions}): every realm
     * builds the same built-in objects, and letting their shapes be collected between realms
     * would make each new realm rebuild them.
     */
    private Shape transition(TransitionKey tk, java.util.function.Supplier<Shape> make) {
        LastTransition last = lastTransition; // most shapes have one child: skip the lock and the map
        if (last != null && last.key.equals(tk)) return last.child;
        synchronized (this) {
            if (transitions == null) transitions = new HashMap<>(4);
            Object ref = transitions.get(tk);
            Shape child = ref instanceof Shape strong ? strong : ref == null ? null : ((WeakReference<Shape>) ref).get();
            if (child == null) {
                child = make.get();
                transitions.put(tk, RETAIN.get() ? child : new WeakReference<>(child));
            }
            if (RETAIN.get() || ref instanceof Shape) lastTransition = new LastTransition(tk, child);
            return child;
        }
    }

    /**
     * The child shape of the last transition taken, if it added {@code key} with {@code flags}:
     * then this shape lacks {@code key} (a transition only adds an absent key), so a caller
     * defining a property can skip looking for it. Null otherwise; never takes the lock.
     */
    public Shape knownTransition(Object key, int flags) {
        LastTransition last = lastTransition;
        return last != null && last.key.key() == key && last.key.flags() == flags ? last.child : null;
    }

    /** The property a tree shape adds to its parent (null for the root and non-extensible markers). */
    public Property addedProperty() {
        return last;
    }

    /** The last transition taken, when its child is held strongly (a weakly held one may be collected). */
    private record LastTransition(TransitionKey key, Shape child) {}

    private volatile LastTransition lastTransition;

    private static final ThreadLocal<Boolean> RETAIN = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** Runs {@code task} with the transitions it creates held strongly (for the built-ins of a realm). */
    public static void retainingTransitions(Runnable task) {
        boolean was = RETAIN.get();
        RETAIN.set(Boolean.TRUE);
        try {
            task.run();
        } finally {
            RETAIN.set(was);
        }
    }

    /** A fresh dictionary shape with the same properties, owned by the one object that asks. */
    public Shape toDictionary() {
        if (dictionary != null) return this;
        Dictionary d = new Dictionary();
        for (Property p : properties()) d.map.put(p.key(), p);
        d.nextSlot = slotCount;
        return new Shape(d, extensible);
    }

    /** The mutable state of a dictionary shape. */
    private static final class Dictionary {
        final LinkedHashMap<Object, Property> map = new LinkedHashMap<>();
        int nextSlot;
        int version;
        /** Slots freed by deletions, reused before growing. */
        final ArrayList<Integer> freeSlots = new ArrayList<>();

        void add(Object key, int flags) {
            int slot = freeSlots.isEmpty() ? nextSlot++ : freeSlots.remove(freeSlots.size() - 1);
            map.put(key, new Property(key, flags, slot));
            version++;
        }

        void remove(Object key) {
            Property p = map.remove(key);
            if (p != null) {
                freeSlots.add(p.slot());
                version++;
            }
        }
    }

    @Override
    public String toString() {
        return (dictionary != null ? "DictionaryShape" : "Shape") + java.util.Arrays.toString(properties())
                + (extensible ? "" : " non-extensible");
    }
}

package dev.kiln.runtime.ops;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys a for-in loop visits (14.7.5.9 EnumerateObjectProperties, 14.7.5.10 For-In Iterator
 * Objects): string keys of the object and then of each prototype, each name once, skipping
 * shadowed names and properties deleted before they are reached, and only enumerable ones.
 */
public final class ForInIterator {
    private JSObject object;
    private boolean objectWasVisited;
    private final Set<Object> visited = new HashSet<>();
    private final ArrayDeque<Object> remaining = new ArrayDeque<>();

    private ForInIterator(JSObject object) {
        this.object = object;
    }

    /** 14.7.5.6 ForIn/OfHeadEvaluation for for-in: null and undefined iterate nothing. */
    public static ForInIterator start(Realm realm, Object value) {
        if (value == Undefined.INSTANCE || value == Null.INSTANCE) return new ForInIterator(null);
        return new ForInIterator(Conversion.toObject(realm, value));
    }

    /** 14.7.5.10.2.1 %ForInIteratorPrototype%.next: the next key as a String, or null when done. */
    public Object next() {
        while (true) {
            if (object == null) return null;
            if (!objectWasVisited) {
                List<Object> keys = object.ownPropertyKeys();
                for (Object k : keys) if (!(k instanceof Symbol)) remaining.add(k);
                objectWasVisited = true;
            }
            while (!remaining.isEmpty()) {
                Object key = remaining.poll();
                if (visited.contains(key)) continue;
                PropertyDescriptor desc = object.getOwnProperty(key);
                if (desc == null) continue;
                visited.add(key);
                if (desc.enumerable()) return PropertyKey.toValue(key);
            }
            object = object.getPrototypeOf();
            objectWasVisited = false;
        }
    }
}

package dev.kiln.runtime.ops;

import dev.kiln.runtime.object.ArrayIteratorObject;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;

/**
 * An Iterator Record (ECMA-262 7.4.1): an iterator, its {@code next} method read once, and
 * whether it is done. The operations on it are in {@link Iteration}.
 *
 * <p>When the iterator is an Array Iterator and the {@code next} read from it is the original
 * %ArrayIteratorPrototype%.next of some realm, the record remembers both, and
 * {@link Iteration#iteratorStepValue} steps the iterator directly: that next makes a fresh
 * result object nobody else can see, so skipping it is unobservable.
 */
public final class IteratorRecord {
    /** [[Iterator]] */
    public final JSObject iterator;
    /** [[NextMethod]] */
    public final Object nextMethod;
    /** [[Done]] */
    public boolean done;

    /** The iterator, when it can be stepped without result objects; else null. */
    final ArrayIteratorObject arrayIterator;
    /** The realm of the original next method, when {@link #arrayIterator} is set. */
    final Realm arrayIteratorRealm;

    public IteratorRecord(JSObject iterator, Object nextMethod) {
        this.iterator = iterator;
        this.nextMethod = nextMethod;
        Realm nextRealm = originalArrayIteratorNextRealm(nextMethod);
        boolean fast = nextRealm != null && iterator instanceof ArrayIteratorObject;
        this.arrayIterator = fast ? (ArrayIteratorObject) iterator : null;
        this.arrayIteratorRealm = fast ? nextRealm : null;
    }

    /** Whether stepping this record makes no iterator result objects (the array fast path). */
    public boolean isArrayFastPath() {
        return arrayIterator != null;
    }

    /** The realm whose %ArrayIteratorPrototype%.next {@code f} is, or null if it is none. */
    static Realm originalArrayIteratorNextRealm(Object f) {
        if (f instanceof BuiltinFunction b && b.realm().intrinsic(Intrinsic.ARRAY_ITERATOR_PROTOTYPE_NEXT) == b) return b.realm();
        return null;
    }
}

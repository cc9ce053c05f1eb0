package dev.kiln.runtime.object;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Types;

/**
 * An Array Iterator (ECMA-262 23.1.5): an ordinary object with the internal slots
 * [[IteratedArrayLike]], [[ArrayLikeNextIndex]] and [[ArrayLikeIterationKind]]. The stepping
 * logic of %ArrayIteratorPrototype%.next lives here so that for-of, spread and destructuring
 * can step an array iterator without making an iterator result object per element.
 */
public final class ArrayIteratorObject extends JSObject {
    /** [[ArrayLikeIterationKind]] */
    public enum Kind { KEY, VALUE, KEY_VALUE }

    /** [[IteratedArrayLike]]; null once exhausted (the spec's undefined). */
    private JSObject iterated;
    /** [[ArrayLikeNextIndex]] */
    private long nextIndex;
    private final Kind kind;

    /** 23.1.5.1 CreateArrayIterator */
    public ArrayIteratorObject(Realm realm, JSObject array, Kind kind) {
        super(realm.intrinsic(Intrinsic.ARRAY_ITERATOR_PROTOTYPE));
        this.iterated = array;
        this.kind = kind;
    }

    /**
     * 23.1.5.2.1 %ArrayIteratorPrototype%.next steps 4-15 without the result object: the next
     * value, or null when the iteration is done. {@code realm} is the realm of the running
     * next function (it makes the [index, value] pairs of entries()).
     */
    public Object nextValue(Realm realm) {
        JSObject array = iterated;
        if (array == null) return null;
        long index = nextIndex;
        // Step 8 (typed arrays: length from the buffer witness, TypeError when out of bounds)
        // belongs here once typed arrays exist.
        long len = ObjectOperations.lengthOfArrayLike(array);
        if (index >= len) {
            iterated = null;
            return null;
        }
        nextIndex = index + 1;
        if (kind == Kind.KEY) return Types.number(index);
        Object value = null;
        if (array instanceof ArrayObject a && index <= Integer.MAX_VALUE) value = a.getIndexFast((int) index);
        if (value == null) value = array.get(PropertyKey.fromIndex(index), array);
        if (kind == Kind.VALUE) return value;
        return ArrayObject.of(realm, Types.number(index), value);
    }

    /** Throws unless {@code v} is an Array Iterator (23.1.5.2.1 steps 2-3). */
    public static ArrayIteratorObject check(Object v) {
        if (v instanceof ArrayIteratorObject it) return it;
        throw JSException.typeError("next method called on incompatible receiver " + ObjectOperations.describeForError(v));
    }
}

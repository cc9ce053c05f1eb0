package dev.kiln.runtime.link;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.ops.IteratorRecord;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The steps of destructuring that generated code calls (8.6.2, 8.6.3, 13.15.5): stepping the
 * iterator of an array pattern, collecting rest elements and rest properties.
 */
public final class Destructuring {
    private Destructuring() {}

    /** 7.2.1 RequireObjectCoercible, with V8's message for destructuring. */
    public static void requireObjectCoercible(Realm realm, Object value) {
        if (value == Undefined.INSTANCE || value == Null.INSTANCE) {
            throw realm.typeError("Cannot destructure '" + value + "' as it is " + value + ".");
        }
    }

    /** The next value for an element of an array pattern: undefined once the iterator is done. */
    public static Object next(IteratorRecord record) {
        if (record.done) return Undefined.INSTANCE;
        Object v = Iteration.iteratorStepValue(record);
        return v == null ? Undefined.INSTANCE : v;
    }

    /** An elision: one step, value ignored. */
    public static void skip(IteratorRecord record) {
        if (!record.done) Iteration.iteratorStep(record);
    }

    /** A rest element: the remaining values as an array. */
    public static Object rest(Realm realm, IteratorRecord record) {
        List<Object> values = new ArrayList<>();
        while (!record.done) {
            Object v = Iteration.iteratorStepValue(record);
            if (v == null) break;
            values.add(v);
        }
        return ArrayObject.of(realm, values.toArray());
    }

    /** The end of an array pattern: IteratorClose if the iterator is not done. */
    public static void close(IteratorRecord record) {
        if (!record.done) Iteration.iteratorClose(record);
    }

    /** An abrupt completion inside an array pattern: close the iterator (errors of return() lose), give back what to rethrow. */
    public static Throwable closeOnThrow(IteratorRecord record, Throwable thrown) {
        if (!record.done && thrown instanceof JSException e) return Iteration.iteratorCloseOnThrow(record, e);
        return thrown;
    }

    /** A rest property: a new object with the own enumerable properties not already taken. */
    public static Object objectRest(Realm realm, Object value, Set<Object> excluded) {
        JSObject rest = ObjectOperations.newObject(realm);
        ObjectOperations.copyDataProperties(realm, rest, value, excluded);
        return rest;
    }

    /** A rest parameter: the arguments from {@code from} on, as an array. */
    public static Object restArguments(Realm realm, Object[] args, int from) {
        if (from >= args.length) return ArrayObject.of(realm);
        return ArrayObject.of(realm, Arrays.copyOfRange(args, from, args.length));
    }
}

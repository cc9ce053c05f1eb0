package dev.kiln.runtime.ops;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.DenseElements;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.shape.Shape;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 7.4 Operations on Iterator Objects. "done" is Java null where the spec returns ~done~ (null
 * is never a JavaScript value). A completion passed to IteratorClose is either normal (use
 * {@link #iteratorClose}) or a throw (use {@link #iteratorCloseOnThrow}).
 */
public final class Iteration {
    /** The shape of iterator result objects: {@code value} then {@code done}, both plain data. */
    private static final Shape ITER_RESULT_SHAPE =
            Shape.ROOT.addProperty("value", Property.DEFAULT).addProperty("done", Property.DEFAULT);

    /**
     * The most values a List made from an iterator may hold, as V8 limits its arrays: a longer
     * (or endless) iteration is a RangeError, not an OutOfMemoryError.
     */
    public static final int MAX_LIST_LENGTH = 1 << 27;

    private Iteration() {}

    /** 7.4.2 GetIteratorDirect */
    public static IteratorRecord getIteratorDirect(JSObject obj) {
        Object nextMethod = obj.get("next", obj);
        return new IteratorRecord(obj, nextMethod);
    }

    /** 7.4.3 GetIteratorFromMethod */
    public static IteratorRecord getIteratorFromMethod(Object obj, Object method) {
        Object iterator = ObjectOperations.call(method, obj);
        if (!(iterator instanceof JSObject it)) throw JSException.typeError("Result of the Symbol.iterator method is not an object");
        return getIteratorDirect(it);
    }

    /**
     * 7.4.4 GetIterator with kind ~sync~. (Kind ~async~ needs CreateAsyncFromSyncIterator, which
     * comes with the Promise family.)
     */
    public static IteratorRecord getIterator(Realm realm, Object obj) {
        Object method = ObjectOperations.getMethod(realm, obj, Symbol.ITERATOR);
        if (method == Undefined.INSTANCE) throw JSException.typeError(describeIterable(obj) + " is not iterable");
        return getIteratorFromMethod(obj, method);
    }

    /** The primitiveHandling argument of 7.4.5 GetIteratorFlattenable. */
    public enum PrimitiveHandling { ITERATE_STRING_PRIMITIVES, REJECT_PRIMITIVES }

    /** 7.4.5 GetIteratorFlattenable */
    public static IteratorRecord getIteratorFlattenable(Realm realm, Object obj, PrimitiveHandling primitiveHandling) {
        if (!(obj instanceof JSObject)) {
            if (primitiveHandling == PrimitiveHandling.REJECT_PRIMITIVES || !(obj instanceof CharSequence)) {
                throw JSException.typeError(ObjectOperations.describeForError(obj) + " is not an object");
            }
        }
        Object method = ObjectOperations.getMethod(realm, obj, Symbol.ITERATOR);
        Object iterator = method == Undefined.INSTANCE ? obj : ObjectOperations.call(method, obj);
        if (!(iterator instanceof JSObject it)) throw JSException.typeError(ObjectOperations.describeForError(iterator) + " is not an object");
        return getIteratorDirect(it);
    }

    /** 7.4.6 IteratorNext without a value. */
    public static JSObject iteratorNext(IteratorRecord record) {
        Object result;
        try {
            result = ObjectOperations.call(record.nextMethod, record.iterator);
        } catch (JSException e) {
            record.done = true;
            throw e;
        }
        return checkResult(record, result);
    }

    /** 7.4.6 IteratorNext with a value. */
    public static JSObject iteratorNext(IteratorRecord record, Object value) {
        Object result;
        try {
            result = ObjectOperations.call(record.nextMethod, record.iterator, value);
        } catch (JSException e) {
            record.done = true;
            throw e;
        }
        return checkResult(record, result);
    }

    private static JSObject checkResult(IteratorRecord record, Object result) {
        if (result instanceof JSObject o) return o;
        record.done = true;
        throw JSException.typeError("Iterator result " + ObjectOperations.describeForError(result) + " is not an object");
    }

    /** 7.4.7 IteratorComplete */
    public static boolean iteratorComplete(JSObject iterResult) {
        return Conversion.toBoolean(iterResult.get("done", iterResult));
    }

    /** 7.4.8 IteratorValue */
    public static Object iteratorValue(JSObject iterResult) {
        return iterResult.get("value", iterResult);
    }

    /** 7.4.9 IteratorStep: the result object, or null for ~done~. */
    public static JSObject iteratorStep(IteratorRecord record) {
        JSObject result = iteratorNext(record);
        boolean done;
        try {
            done = iteratorComplete(result);
        } catch (JSException e) {
            record.done = true;
            throw e;
        }
        if (done) {
            record.done = true;
            return null;
        }
        return result;
    }

    /** 7.4.10 IteratorStepValue: the next value, or null for ~done~. */
    public static Object iteratorStepValue(IteratorRecord record) {
        if (record.arrayIterator != null) {
            Object v;
            try {
                v = record.arrayIterator.nextValue(record.arrayIteratorRealm);
            } catch (JSException e) {
                record.done = true;
                throw e;
            }
            if (v == null) record.done = true;
            return v;
        }
        JSObject result = iteratorStep(record);
        if (result == null) return null;
        try {
            return iteratorValue(result);
        } catch (JSException e) {
            record.done = true;
            throw e;
        }
    }

    /** 7.4.11 IteratorClose with a normal (or break/return) completion: errors of return() propagate. */
    public static void iteratorClose(IteratorRecord record) {
        JSObject iterator = record.iterator;
        Object ret = ObjectOperations.getMethod(iterator, "return");
        if (ret == Undefined.INSTANCE) return;
        Object innerResult = ObjectOperations.call(ret, iterator);
        if (!(innerResult instanceof JSObject)) throw JSException.typeError("Iterator result " + ObjectOperations.describeForError(innerResult) + " is not an object");
    }

    /**
     * 7.4.11 IteratorClose with a throw completion: calls return() if there is one, ignoring
     * whatever it does, and gives back {@code thrown} for the caller to rethrow:
     * {@code catch (JSException e) { throw Iteration.iteratorCloseOnThrow(record, e); }}.
     */
    public static JSException iteratorCloseOnThrow(IteratorRecord record, JSException thrown) {
        JSObject iterator = record.iterator;
        try {
            Object ret = ObjectOperations.getMethod(iterator, "return");
            if (ret != Undefined.INSTANCE) ObjectOperations.call(ret, iterator);
        } catch (JSException ignored) {
            // step 5: the original throw completion wins
        }
        return thrown;
    }

    /**
     * IteratorCloseAll (joint-iteration) with a normal or return completion: closes the
     * iterators in reverse order; the first error of a return() becomes the completion, with
     * which the rest are closed, and is thrown at the end.
     */
    public static void iteratorCloseAll(List<IteratorRecord> iters) {
        JSException thrown = null;
        for (int i = iters.size() - 1; i >= 0; i--) {
            if (thrown != null) {
                iteratorCloseOnThrow(iters.get(i), thrown);
                continue;
            }
            try {
                iteratorClose(iters.get(i));
            } catch (JSException e) {
                thrown = e;
            }
        }
        if (thrown != null) throw thrown;
    }

    /** IteratorCloseAll with a throw completion: closes all, ignoring their errors; gives back {@code thrown}. */
    public static JSException iteratorCloseAllOnThrow(List<IteratorRecord> iters, JSException thrown) {
        for (int i = iters.size() - 1; i >= 0; i--) iteratorCloseOnThrow(iters.get(i), thrown);
        return thrown;
    }

    /** 7.4.14 CreateIteratorResultObject */
    public static JSObject createIterResultObject(Realm realm, Object value, boolean done) {
        JSObject o = JSObject.withShape(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE), ITER_RESULT_SHAPE);
        o.slots[0] = value;
        o.slots[1] = done;
        return o;
    }

    /** 7.4.16 IteratorToList */
    public static List<Object> iteratorToList(IteratorRecord record) {
        List<Object> values = new ArrayList<>();
        while (true) {
            Object next = iteratorStepValue(record);
            if (next == null) return values;
            if (values.size() >= MAX_LIST_LENGTH) throw JSException.rangeError("Invalid array length");
            values.add(next);
        }
    }

    /**
     * The values an iterable produces: IteratorToList(GetIterator(items, sync)), or with
     * {@code method} given (not undefined), IteratorToList(GetIteratorFromMethod(items, method)).
     * An array iterated the original way is copied directly (see {@link #isUnmodifiedArrayIteration}).
     */
    public static Object[] iterableToArray(Realm realm, Object items, Object method) {
        if (method == null && isUnmodifiedArrayIteration(items)) return arrayValues((ArrayObject) items);
        IteratorRecord record = method == null ? getIterator(realm, items) : getIteratorFromMethod(items, method);
        return iteratorToList(record).toArray();
    }

    /**
     * Whether iterating {@code v} (for-of, spread, destructuring, Array.from...) is certain to
     * mean the original array iteration: {@code v} is an Array whose @@iterator, found without
     * running code, is an original %Array.prototype.values% and whose realm's
     * %ArrayIteratorPrototype%.next is still the original. Then the iterator steps are exactly
     * "read length, then Get(index)" for index 0, 1, ..., and no result object is needed.
     * Compiled code may use the answer only until it runs other JavaScript code; closing such
     * an iteration early must still look up {@code return} (through an iterator object).
     */
    public static boolean isUnmodifiedArrayIteration(Object v) {
        if (!(v instanceof ArrayObject a)) return false;
        Object method = a.peekData(Symbol.ITERATOR);
        if (!(method instanceof BuiltinFunction values)) return false;
        Realm realm = values.realm();
        if (realm.intrinsic(Intrinsic.ARRAY_PROTOTYPE_VALUES) != values) return false;
        JSObject proto = realm.intrinsic(Intrinsic.ARRAY_ITERATOR_PROTOTYPE);
        return proto != null && proto.peekData("next") == realm.intrinsic(Intrinsic.ARRAY_ITERATOR_PROTOTYPE_NEXT);
    }

    /** The values array iteration of {@code a} yields, read as %ArrayIteratorPrototype%.next reads them. */
    private static Object[] arrayValues(ArrayObject a) {
        DenseElements d = a.denseElementsForRead();
        if (d != null && a.length() <= d.size()) {
            int n = (int) a.length();
            Object[] out = new Object[n];
            d.copyTo(0, n, out, 0, Undefined.INSTANCE);
            return out;
        }
        List<Object> values = new ArrayList<>();
        for (long i = 0; i < a.length(); i++) {
            if (i >= MAX_LIST_LENGTH) throw JSException.rangeError("Invalid array length");
            values.add(a.get(PropertyKey.fromIndex(i), a));
        }
        return values.toArray();
    }

    /** The adder of {@link #addEntriesFromIterable}: called with the key and value of each entry. */
    @FunctionalInterface
    public interface EntryAdder {
        void add(Object key, Object value);
    }

    /**
     * 24.1.1.2 AddEntriesFromIterable (Map, WeakMap, Object.fromEntries): {@code adder} stands
     * for the spec's Call(adder, target, « k, v »).
     */
    public static void addEntriesFromIterable(Realm realm, Object iterable, EntryAdder adder) {
        IteratorRecord record = getIterator(realm, iterable);
        while (true) {
            Object next = iteratorStepValue(record);
            if (next == null) return;
            try {
                if (!(next instanceof JSObject entry)) {
                    throw JSException.typeError("Iterator value " + ObjectOperations.describeForError(next) + " is not an entry object");
                }
                Object k = entry.get(Integer.valueOf(0), entry);
                Object v = entry.get(Integer.valueOf(1), entry);
                adder.add(k, v);
            } catch (JSException e) {
                throw iteratorCloseOnThrow(record, e);
            }
        }
    }

    /** "x is not iterable" wording as V8 has it. */
    private static String describeIterable(Object v) {
        return v instanceof JSObject ? "object" : ObjectOperations.describeForError(v);
    }
}

package dev.kiln.runtime.builtins.control;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.ops.IteratorRecord;
import dev.kiln.runtime.ops.NumberToString;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.StringLimits;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Types;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * 27.1.3.3 Properties of the Iterator Prototype Object (%Iterator.prototype%): the iterator
 * helpers. The lazy ones (map, filter, take, drop, flatMap) return an
 * {@link IteratorHelperObject} whose body is one of the small state machines below; the eager
 * ones (reduce, toArray, forEach, some, every, find) run the iteration at once.
 */
public final class IteratorPrototype {
    private static final double MAX_SAFE_INTEGER = 0x1p53 - 1;

    private IteratorPrototype() {}

    /** Creates %Iterator.prototype% (without "constructor", which needs %Iterator%). */
    static JSObject create(Realm realm) {
        JSObject proto = new JSObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE));
        realm.setIntrinsic(Intrinsic.ITERATOR_PROTOTYPE, proto);
        Define.method(realm, proto, "drop", 1, IteratorPrototype::drop);
        Define.method(realm, proto, "every", 1, IteratorPrototype::every);
        Define.method(realm, proto, "filter", 1, IteratorPrototype::filter);
        Define.method(realm, proto, "find", 1, IteratorPrototype::find);
        Define.method(realm, proto, "flatMap", 1, IteratorPrototype::flatMap);
        Define.method(realm, proto, "forEach", 1, IteratorPrototype::forEach);
        Define.method(realm, proto, "map", 1, IteratorPrototype::map);
        Define.method(realm, proto, "reduce", 1, IteratorPrototype::reduce);
        Define.method(realm, proto, "some", 1, IteratorPrototype::some);
        Define.method(realm, proto, "take", 1, IteratorPrototype::take);
        Define.method(realm, proto, "toArray", 0, IteratorPrototype::toArray);
        // Proposals at stage 2.7 and later that test262 covers (iterator-chunking, iterator-includes,
        // Iterator.prototype.join, explicit-resource-management).
        Define.method(realm, proto, "chunks", 1, IteratorPrototype::chunks);
        Define.method(realm, proto, "windows", 1, IteratorPrototype::windows);
        Define.method(realm, proto, "includes", 1, IteratorPrototype::includes);
        Define.method(realm, proto, "join", 1, IteratorPrototype::join);
        Define.method(realm, proto, Symbol.DISPOSE, 0, IteratorPrototype::dispose);
        // 27.1.3.3.13 Iterator.prototype [ %Symbol.iterator% ] ( )
        Define.method(realm, proto, Symbol.ITERATOR, 0, (f, t, a, n) -> t);
        // 27.1.3.3.14 Iterator.prototype [ %Symbol.toStringTag% ]: an accessor, for web compatibility.
        Define.accessor(realm, proto, Symbol.TO_STRING_TAG, (f, t, a, n) -> "Iterator", (f, t, a, n) -> {
            ObjectOperations.setterThatIgnoresPrototypeProperties(t, f.realm().intrinsic(Intrinsic.ITERATOR_PROTOTYPE),
                    Symbol.TO_STRING_TAG, arg(a, 0));
            return Undefined.INSTANCE;
        });
        return proto;
    }

    /** 27.1.3.3.1 Iterator.prototype.constructor: an accessor, for web compatibility. */
    static void defineConstructor(Realm realm, JSObject proto) {
        Define.accessor(realm, proto, "constructor", (f, t, a, n) -> f.realm().intrinsic(Intrinsic.ITERATOR), (f, t, a, n) -> {
            ObjectOperations.setterThatIgnoresPrototypeProperties(t, f.realm().intrinsic(Intrinsic.ITERATOR_PROTOTYPE),
                    "constructor", arg(a, 0));
            return Undefined.INSTANCE;
        });
    }

    // ------------------------------------------------------------------ shared steps

    /** Steps 1-2 of every helper: the this value, which must be an object. */
    private static JSObject thisIterator(BuiltinFunction f, Object thisArg) {
        if (thisArg instanceof JSObject o) return o;
        throw f.realm().typeError("Iterator.prototype method called on " + ObjectOperations.describeForError(thisArg) + ", which is not an object");
    }

    /**
     * Steps 3-4: the function argument; if it is not callable, the iterator is closed (with
     * [[NextMethod]] still undefined) and a TypeError thrown.
     */
    private static JSObject callableOrClose(BuiltinFunction f, JSObject o, Object fn) {
        if (fn instanceof JSObject c && c.isCallable()) return c;
        throw Iteration.iteratorCloseOnThrow(new IteratorRecord(o, Undefined.INSTANCE),
                f.realm().typeError(ObjectOperations.describeForError(fn) + " is not a function"));
    }

    /** take/drop steps 3-8: the limit as an integer or +∞; a RangeError (closing o) if NaN or negative. */
    private static double limitOrClose(BuiltinFunction f, JSObject o, Object limit) {
        IteratorRecord iterated = new IteratorRecord(o, Undefined.INSTANCE);
        double numLimit;
        try {
            numLimit = Conversion.toNumber(limit);
        } catch (JSException e) {
            throw Iteration.iteratorCloseOnThrow(iterated, e);
        }
        // NaN, and (a later refinement of the spec that test262 follows) finite limits past 2^53-1.
        if (Double.isNaN(numLimit) || !Double.isInfinite(numLimit) && numLimit > MAX_SAFE_INTEGER) {
            throw Iteration.iteratorCloseOnThrow(iterated, f.realm().rangeError(NumberToString.toString(numLimit) + " is not a valid limit"));
        }
        double integerLimit = Conversion.toIntegerOrInfinity(numLimit);
        if (integerLimit < 0) {
            throw Iteration.iteratorCloseOnThrow(iterated, f.realm().rangeError(NumberToString.toString(numLimit) + " is not a valid limit"));
        }
        return integerLimit;
    }

    private static Object counter(long n) {
        return Types.number(n);
    }

    /** A helper body whose return at a Yield closes the one underlying iterator. */
    private abstract static class UnderlyingBody implements IteratorHelperObject.Body {
        final IteratorRecord iterated;

        UnderlyingBody(IteratorRecord iterated) {
            this.iterated = iterated;
        }

        @Override
        public void resumeWithReturn() {
            Iteration.iteratorClose(iterated);
        }
    }

    // ------------------------------------------------------------------ lazy helpers

    // 27.1.3.3.2 Iterator.prototype.drop ( limit )
    private static Object drop(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = thisIterator(f, thisArg);
        double integerLimit = limitOrClose(f, o, arg(args, 0));
        IteratorRecord iterated = Iteration.getIteratorDirect(o);
        return new IteratorHelperObject(f.realm(), iterated, new UnderlyingBody(iterated) {
            double remaining = integerLimit;

            @Override
            public Object resume() {
                while (remaining > 0) {
                    if (remaining != Double.POSITIVE_INFINITY) remaining--;
                    if (Iteration.iteratorStep(iterated) == null) return null;
                }
                return Iteration.iteratorStepValue(iterated);
            }
        });
    }

    // 27.1.3.3.4 Iterator.prototype.filter ( predicate )
    private static Object filter(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = thisIterator(f, thisArg);
        JSObject predicate = callableOrClose(f, o, arg(args, 0));
        IteratorRecord iterated = Iteration.getIteratorDirect(o);
        return new IteratorHelperObject(f.realm(), iterated, new UnderlyingBody(iterated) {
            long counter;

            @Override
            public Object resume() {
                while (true) {
                    Object value = Iteration.iteratorStepValue(iterated);
                    if (value == null) return null;
                    Object selected = callOrClose(iterated, predicate, value, counter(counter));
                    counter++;
                    if (Conversion.toBoolean(selected)) return value;
                }
            }
        });
    }

    // 27.1.3.3.6 Iterator.prototype.flatMap ( mapper )
    private static Object flatMap(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = thisIterator(f, thisArg);
        JSObject mapper = callableOrClose(f, o, arg(args, 0));
        IteratorRecord iterated = Iteration.getIteratorDirect(o);
        return new IteratorHelperObject(realm, iterated, new UnderlyingBody(iterated) {
            long counter;
            /** The inner iterator while innerAlive, else null. */
            IteratorRecord inner;

            @Override
            public Object resume() {
                while (true) {
                    if (inner == null) {
                        Object value = Iteration.iteratorStepValue(iterated);
                        if (value == null) return null;
                        Object mapped = callOrClose(iterated, mapper, value, counter(counter));
                        try {
                            inner = Iteration.getIteratorFlattenable(realm, mapped, Iteration.PrimitiveHandling.REJECT_PRIMITIVES);
                        } catch (JSException e) {
                            throw Iteration.iteratorCloseOnThrow(iterated, e);
                        }
                    }
                    Object innerValue;
                    try {
                        innerValue = Iteration.iteratorStepValue(inner);
                    } catch (JSException e) {
                        throw Iteration.iteratorCloseOnThrow(iterated, e);
                    }
                    if (innerValue != null) return innerValue;
                    inner = null;
                    counter++;
                }
            }

            @Override
            public void resumeWithReturn() {
                if (inner != null) {
                    try {
                        Iteration.iteratorClose(inner);
                    } catch (JSException e) {
                        throw Iteration.iteratorCloseOnThrow(iterated, e);
                    }
                }
                Iteration.iteratorClose(iterated);
            }
        });
    }

    // 27.1.3.3.8 Iterator.prototype.map ( mapper )
    private static Object map(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = thisIterator(f, thisArg);
        JSObject mapper = callableOrClose(f, o, arg(args, 0));
        IteratorRecord iterated = Iteration.getIteratorDirect(o);
        return new IteratorHelperObject(f.realm(), iterated, new UnderlyingBody(iterated) {
            long counter;

            @Override
            public Object resume() {
                Object value = Iteration.iteratorStepValue(iterated);
                if (value == null) return null;
                Object mapped = callOrClose(iterated, mapper, value, counter(counter));
                counter++;
                return mapped;
            }
        });
    }

    // 27.1.3.3.11 Iterator.prototype.take ( limit )
    private static Object take(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = thisIterator(f, thisArg);
        double integerLimit = limitOrClose(f, o, arg(args, 0));
        IteratorRecord iterated = Iteration.getIteratorDirect(o);
        return new IteratorHelperObject(f.realm(), iterated, new UnderlyingBody(iterated) {
            double remaining = integerLimit;

            @Override
            public Object resume() {
                if (remaining == 0) {
                    Iteration.iteratorClose(iterated);
                    return null;
                }
                if (remaining != Double.POSITIVE_INFINITY) remaining--;
                return Iteration.iteratorStepValue(iterated);
            }
        });
    }

    // ------------------------------------------------------------------ eager helpers

    // 27.1.3.3.3 Iterator.prototype.every ( predicate )
    private static Object every(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = thisIterator(f, thisArg);
        JSObject predicate = callableOrClose(f, o, arg(args, 0));
        IteratorRecord iterated = Iteration.getIteratorDirect(o);
        for (long counter = 0; ; counter++) {
            Object value = Iteration.iteratorStepValue(iterated);
            if (value == null) return true;
            Object result = callOrClose(iterated, predicate, value, counter(counter));
            if (!Conversion.toBoolean(result)) {
                Iteration.iteratorClose(iterated);
                return false;
            }
        }
    }

    // 27.1.3.3.5 Iterator.prototype.find ( predicate )
    private static Object find(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = thisIterator(f, thisArg);
        JSObject predicate = callableOrClose(f, o, arg(args, 0));
        IteratorRecord iterated = Iteration.getIteratorDirect(o);
        for (long counter = 0; ; counter++) {
            Object value = Iteration.iteratorStepValue(iterated);
            if (value == null) return Undefined.INSTANCE;
            Object result = callOrClose(iterated, predicate, value, counter(counter));
            if (Conversion.toBoolean(result)) {
                Iteration.iteratorClose(iterated);
                return value;
            }
        }
    }

    // 27.1.3.3.7 Iterator.prototype.forEach ( procedure )
    private static Object forEach(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = thisIterator(f, thisArg);
        JSObject procedure = callableOrClose(f, o, arg(args, 0));
        IteratorRecord iterated = Iteration.getIteratorDirect(o);
        for (long counter = 0; ; counter++) {
            Object value = Iteration.iteratorStepValue(iterated);
            if (value == null) return Undefined.INSTANCE;
            callOrClose(iterated, procedure, value, counter(counter));
        }
    }

    // 27.1.3.3.9 Iterator.prototype.reduce ( reducer [ , initialValue ] )
    private static Object reduce(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = thisIterator(f, thisArg);
        JSObject reducer = callableOrClose(f, o, arg(args, 0));
        IteratorRecord iterated = Iteration.getIteratorDirect(o);
        Object accumulator;
        long counter;
        if (args.length < 2) {
            accumulator = Iteration.iteratorStepValue(iterated);
            if (accumulator == null) throw f.realm().typeError("Reduce of empty iterator with no initial value");
            counter = 1;
        } else {
            accumulator = args[1];
            counter = 0;
        }
        for (; ; counter++) {
            Object value = Iteration.iteratorStepValue(iterated);
            if (value == null) return accumulator;
            accumulator = callOrClose(iterated, reducer, accumulator, value, counter(counter));
        }
    }

    // 27.1.3.3.10 Iterator.prototype.some ( predicate )
    private static Object some(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = thisIterator(f, thisArg);
        JSObject predicate = callableOrClose(f, o, arg(args, 0));
        IteratorRecord iterated = Iteration.getIteratorDirect(o);
        for (long counter = 0; ; counter++) {
            Object value = Iteration.iteratorStepValue(iterated);
            if (value == null) return false;
            Object result = callOrClose(iterated, predicate, value, counter(counter));
            if (Conversion.toBoolean(result)) {
                Iteration.iteratorClose(iterated);
                return true;
            }
        }
    }

    // 27.1.3.3.12 Iterator.prototype.toArray ( )
    private static Object toArray(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = thisIterator(f, thisArg);
        IteratorRecord iterated = Iteration.getIteratorDirect(o);
        List<Object> items = Iteration.iteratorToList(iterated);
        return ArrayObject.of(f.realm(), items.toArray());
    }

    // ------------------------------------------------------------------ proposals

    /**
     * chunks/windows steps 3-6: the size, an integral Number from 1 to 2^32-1 (no coercion);
     * otherwise the iterator is closed and a TypeError or RangeError thrown.
     */
    private static long sizeOrClose(BuiltinFunction f, JSObject o, Object size, String name) {
        IteratorRecord iterated = new IteratorRecord(o, Undefined.INSTANCE);
        if (!Comparison.isIntegralNumber(size)) {
            throw Iteration.iteratorCloseOnThrow(iterated, f.realm().typeError(name + " must be an integral number"));
        }
        double d = ((Number) size).doubleValue();
        if (d < 1 || d > 0xFFFFFFFFL) {
            throw Iteration.iteratorCloseOnThrow(iterated, f.realm().rangeError(name + " must be between 1 and 2**32-1"));
        }
        return (long) d;
    }

    /**
     * A body that may yield once more after its iterator is exhausted (the last partial chunk
     * or window): that final Yield ignores a return, as "Perform Completion(Yield(...))" does.
     */
    private abstract static class FinalYieldBody extends UnderlyingBody {
        boolean exhausted;

        FinalYieldBody(IteratorRecord iterated) {
            super(iterated);
        }

        @Override
        public void resumeWithReturn() {
            if (!exhausted) super.resumeWithReturn();
        }
    }

    // Iterator.prototype.chunks ( chunkSize )
    private static Object chunks(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = thisIterator(f, thisArg);
        long chunkSize = sizeOrClose(f, o, arg(args, 0), "chunkSize");
        IteratorRecord iterated = Iteration.getIteratorDirect(o);
        return new IteratorHelperObject(realm, iterated, new FinalYieldBody(iterated) {
            @Override
            public Object resume() {
                if (exhausted) return null;
                List<Object> buffer = new ArrayList<>();
                while (true) {
                    Object value = Iteration.iteratorStepValue(iterated);
                    if (value == null) {
                        exhausted = true;
                        return buffer.isEmpty() ? null : ArrayObject.of(realm, buffer.toArray());
                    }
                    buffer.add(value);
                    if (buffer.size() == chunkSize) return ArrayObject.of(realm, buffer.toArray());
                }
            }
        });
    }

    // Iterator.prototype.windows ( windowSize [ , undersized ] )
    private static Object windows(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = thisIterator(f, thisArg);
        long windowSize = sizeOrClose(f, o, arg(args, 0), "windowSize");
        Object undersized = arg(args, 1);
        boolean allowPartial;
        if (undersized == Undefined.INSTANCE || undersized instanceof CharSequence s && "only-full".contentEquals(s)) {
            allowPartial = false;
        } else if (undersized instanceof CharSequence s && "allow-partial".contentEquals(s)) {
            allowPartial = true;
        } else {
            throw Iteration.iteratorCloseOnThrow(new IteratorRecord(o, Undefined.INSTANCE),
                    realm.typeError("undersized must be \"only-full\" or \"allow-partial\""));
        }
        IteratorRecord iterated = Iteration.getIteratorDirect(o);
        return new IteratorHelperObject(realm, iterated, new FinalYieldBody(iterated) {
            final ArrayDeque<Object> buffer = new ArrayDeque<>();

            @Override
            public Object resume() {
                if (exhausted) return null;
                while (true) {
                    Object value = Iteration.iteratorStepValue(iterated);
                    if (value == null) {
                        exhausted = true;
                        boolean partial = allowPartial && !buffer.isEmpty() && buffer.size() < windowSize;
                        return partial ? ArrayObject.of(realm, buffer.toArray()) : null;
                    }
                    if (buffer.size() == windowSize) buffer.removeFirst();
                    buffer.addLast(value);
                    if (buffer.size() == windowSize) return ArrayObject.of(realm, buffer.toArray());
                }
            }
        });
    }

    // Iterator.prototype.includes ( searchElement [ , skippedElements ] )
    private static Object includes(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = thisIterator(f, thisArg);
        Object skippedElements = arg(args, 1);
        double toSkip = 0;
        if (skippedElements != Undefined.INSTANCE) {
            IteratorRecord iterated = new IteratorRecord(o, Undefined.INSTANCE);
            boolean infinite = skippedElements instanceof Double d && d.isInfinite();
            if (!infinite && !Comparison.isIntegralNumber(skippedElements)) {
                throw Iteration.iteratorCloseOnThrow(iterated, realm.typeError("skippedElements must be an integral number"));
            }
            toSkip = ((Number) skippedElements).doubleValue();
            if (toSkip < 0 || toSkip > MAX_SAFE_INTEGER && toSkip != Double.POSITIVE_INFINITY) {
                throw Iteration.iteratorCloseOnThrow(iterated, realm.rangeError("skippedElements out of range"));
            }
        }
        Object searchElement = arg(args, 0);
        IteratorRecord iterated = Iteration.getIteratorDirect(o);
        for (double skipped = 0; ; ) {
            Object value = Iteration.iteratorStepValue(iterated);
            if (value == null) return false;
            if (skipped < toSkip) {
                skipped++;
            } else if (Comparison.sameValueZero(value, searchElement)) {
                Iteration.iteratorClose(iterated);
                return true;
            }
        }
    }

    // Iterator.prototype.join ( separator )
    private static Object join(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = thisIterator(f, thisArg);
        Object separator = arg(args, 0);
        String sep;
        try {
            sep = separator == Undefined.INSTANCE ? "," : Conversion.toString(separator);
        } catch (JSException e) {
            throw Iteration.iteratorCloseOnThrow(new IteratorRecord(o, Undefined.INSTANCE), e);
        }
        IteratorRecord iterated = Iteration.getIteratorDirect(o);
        StringBuilder r = new StringBuilder();
        for (boolean first = true; ; first = false) {
            Object value = Iteration.iteratorStepValue(iterated);
            if (value == null) return r.toString();
            if (!first) r.append(sep);
            if (value != Undefined.INSTANCE && value != Null.INSTANCE) {
                try {
                    r.append(Conversion.toString(value));
                    if (r.length() > StringLimits.MAX_LENGTH) throw realm.rangeError("Invalid string length");
                } catch (JSException e) {
                    throw Iteration.iteratorCloseOnThrow(iterated, e);
                }
            }
        }
    }

    // %Iterator.prototype% [ %Symbol.dispose% ] ( )
    private static Object dispose(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Object returnMethod = ObjectOperations.getMethod(f.realm(), thisArg, "return");
        if (returnMethod != Undefined.INSTANCE) ObjectOperations.call(returnMethod, thisArg);
        return Undefined.INSTANCE;
    }

    /** Calls fn with undefined as this, closing the iterator if it throws (IfAbruptCloseIterator). */
    private static Object callOrClose(IteratorRecord iterated, JSObject fn, Object... args) {
        try {
            return fn.call(Undefined.INSTANCE, args);
        } catch (JSException e) {
            throw Iteration.iteratorCloseOnThrow(iterated, e);
        }
    }
}

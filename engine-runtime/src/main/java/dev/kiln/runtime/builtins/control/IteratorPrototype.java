package dev.kiln.runtime.builtins.control;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.ops.IteratorRecord;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Types;
import dev.kiln.runtime.value.Undefined;
import java.util.List;

/**
 * 27.1.3.3 Properties of the Iterator Prototype Object (%Iterator.prototype%): the iterator
 * helpers. The lazy ones (map, filter, take, drop, flatMap) return an
 * {@link IteratorHelperObject} whose body is one of the small state machines below; the eager
 * ones (reduce, toArray, forEach, some, every, find) run the iteration at once.
 */
public final class IteratorPrototype {
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
        if (Double.isNaN(numLimit)) {
            throw Iteration.iteratorCloseOnThrow(iterated, f.realm().rangeError(Conversion.toString(limit) + " must be positive"));
        }
        double integerLimit = Conversion.toIntegerOrInfinity(numLimit);
        if (integerLimit < 0) {
            throw Iteration.iteratorCloseOnThrow(iterated, f.realm().rangeError(Conversion.toString(limit) + " must be positive"));
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

    /** Calls fn with undefined as this, closing the iterator if it throws (IfAbruptCloseIterator). */
    private static Object callOrClose(IteratorRecord iterated, JSObject fn, Object... args) {
        try {
            return fn.call(Undefined.INSTANCE, args);
        } catch (JSException e) {
            throw Iteration.iteratorCloseOnThrow(iterated, e);
        }
    }
}

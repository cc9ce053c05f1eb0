package dev.kiln.runtime.builtins.indexed;

import static dev.kiln.runtime.builtins.indexed.ArrayOperations.MAX_SAFE_INTEGER;
import static dev.kiln.runtime.builtins.indexed.ArrayOperations.get;
import static dev.kiln.runtime.builtins.indexed.ArrayOperations.getIfPresent;
import static dev.kiln.runtime.builtins.indexed.ArrayOperations.number;
import static dev.kiln.runtime.builtins.indexed.ArrayOperations.skipAbsent;
import static dev.kiln.runtime.builtins.indexed.ArrayOperations.skipAbsentDescending;
import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.ArrayIteratorObject;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.DenseElements;
import dev.kiln.runtime.object.Elements;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.ops.NumberToString;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.StringLimits;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.util.Arrays;

/**
 * 23.1.3 Properties of the Array Prototype Object.
 *
 * <p>Every method follows its spec steps through the generic element operations of
 * {@link ArrayOperations}, which already read and store dense array elements directly. On top
 * of that, methods whose loops run no JavaScript code between steps (indexOf, join of
 * primitives, slice, push, pop, shift, unshift, splice, reverse, fill...) check once that the
 * array's storage is plain ({@link ArrayObject#denseElementsForRead()} /
 * {@link ArrayObject#denseElementsForWrite()}) and then work on the storage in bulk. Loops that
 * skip holes jump over runs of absent indices ({@link ArrayOperations#skipAbsent}), so huge
 * sparse lengths cost what their elements cost.
 */
public final class ArrayPrototype {
    private ArrayPrototype() {}

    static void install(Realm realm, ArrayObject proto) {
        Define.method(realm, proto, "at", 1, ArrayPrototype::at);
        Define.method(realm, proto, "concat", 1, ArrayPrototype::concat);
        Define.method(realm, proto, "copyWithin", 2, ArrayPrototype::copyWithin);
        Define.method(realm, proto, "entries", 0, ArrayPrototype::entries);
        Define.method(realm, proto, "every", 1, ArrayPrototype::every);
        Define.method(realm, proto, "fill", 1, ArrayPrototype::fill);
        Define.method(realm, proto, "filter", 1, ArrayPrototype::filter);
        Define.method(realm, proto, "find", 1, ArrayPrototype::find);
        Define.method(realm, proto, "findIndex", 1, ArrayPrototype::findIndex);
        Define.method(realm, proto, "findLast", 1, ArrayPrototype::findLast);
        Define.method(realm, proto, "findLastIndex", 1, ArrayPrototype::findLastIndex);
        Define.method(realm, proto, "flat", 0, ArrayPrototype::flat);
        Define.method(realm, proto, "flatMap", 1, ArrayPrototype::flatMap);
        Define.method(realm, proto, "forEach", 1, ArrayPrototype::forEach);
        Define.method(realm, proto, "includes", 1, ArrayPrototype::includes);
        Define.method(realm, proto, "indexOf", 1, ArrayPrototype::indexOf);
        Define.method(realm, proto, "join", 1, ArrayPrototype::join);
        Define.method(realm, proto, "keys", 0, ArrayPrototype::keys);
        Define.method(realm, proto, "lastIndexOf", 1, ArrayPrototype::lastIndexOf);
        Define.method(realm, proto, "map", 1, ArrayPrototype::map);
        Define.method(realm, proto, "pop", 0, ArrayPrototype::pop);
        Define.method(realm, proto, "push", 1, ArrayPrototype::push);
        Define.method(realm, proto, "reduce", 1, ArrayPrototype::reduce);
        Define.method(realm, proto, "reduceRight", 1, ArrayPrototype::reduceRight);
        Define.method(realm, proto, "reverse", 0, ArrayPrototype::reverse);
        Define.method(realm, proto, "shift", 0, ArrayPrototype::shift);
        Define.method(realm, proto, "slice", 2, ArrayPrototype::slice);
        Define.method(realm, proto, "some", 1, ArrayPrototype::some);
        Define.method(realm, proto, "sort", 1, ArrayPrototype::sort);
        Define.method(realm, proto, "splice", 2, ArrayPrototype::splice);
        Define.method(realm, proto, "toLocaleString", 0, ArrayPrototype::toLocaleString);
        Define.method(realm, proto, "toReversed", 0, ArrayPrototype::toReversed);
        Define.method(realm, proto, "toSorted", 1, ArrayPrototype::toSorted);
        Define.method(realm, proto, "toSpliced", 2, ArrayPrototype::toSpliced);
        Define.method(realm, proto, "toString", 0, ArrayPrototype::toStringMethod);
        Define.method(realm, proto, "unshift", 1, ArrayPrototype::unshift);
        BuiltinFunction values = Define.method(realm, proto, "values", 0, ArrayPrototype::values);
        realm.setIntrinsic(Intrinsic.ARRAY_PROTOTYPE_VALUES, values);
        Define.method(realm, proto, "with", 2, ArrayPrototype::with);
        // 23.1.3.40 Array.prototype [ %Symbol.iterator% ] is the same function as values.
        Define.value(proto, Symbol.ITERATOR, values);
        Define.configurableConstant(proto, Symbol.UNSCOPABLES, unscopables());
    }

    private static final String[] UNSCOPABLE_NAMES = {
        "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex", "flat",
        "flatMap", "includes", "keys", "toReversed", "toSorted", "toSpliced", "values",
    };

    // 23.1.3.41 Array.prototype [ %Symbol.unscopables% ]
    private static JSObject unscopables() {
        JSObject list = new JSObject(null);
        for (String name : UNSCOPABLE_NAMES) list.defineOwn(name, Boolean.TRUE, Property.DEFAULT);
        return list;
    }

    // ------------------------------------------------------------------ shared steps

    private static JSObject toObject(BuiltinFunction f, Object thisArg) {
        return Conversion.toObject(f.realm(), thisArg);
    }

    private static long lengthOf(JSObject o) {
        return ObjectOperations.lengthOfArrayLike(o);
    }

    /** The callback argument, which must be callable (the "If IsCallable(callback) is false" steps). */
    private static JSObject callback(BuiltinFunction f, Object v) {
        if (v instanceof JSObject o && o.isCallable()) return o;
        throw f.realm().typeError(ObjectOperations.describeForError(v) + " is not a function");
    }

    /** The TypeError of a length that would pass 2^53 - 1. */
    private static void checkLength(BuiltinFunction f, long len, long added) {
        if (len + added > MAX_SAFE_INTEGER) {
            throw f.realm().typeError("Array length " + len + " + " + added + " exceeds the maximum of 2**53-1");
        }
    }

    /** The index of a relative position argument (ToIntegerOrInfinity, then from the end if negative). */
    private static long relative(Object arg, long len) {
        return ArrayOperations.resolveRelative(Conversion.toIntegerOrInfinity(arg), len);
    }

    /** The end argument of slice, fill and copyWithin: len when undefined. */
    private static long relativeEnd(Object arg, long len) {
        return arg == Undefined.INSTANCE ? len : relative(arg, len);
    }

    private static void poll(Realm realm, long k) {
        if ((k & 0xFFF) == 0xFFF) realm.poll();
    }

    /** The array a to* method fills: ArrayCreate(len), refused when too long to hold in memory. */
    private static ArrayObject newFullArray(BuiltinFunction f, long len) {
        ArrayObject a = ArrayObject.create(f.realm(), len, null);
        if (len > Iteration.MAX_LIST_LENGTH) throw f.realm().rangeError("Invalid array length");
        return a;
    }

    /** Get(o, k) for k in [from, from + n) into out[at ..]. */
    private static void readThrough(Realm realm, JSObject o, long from, int n, Object[] out, int at) {
        if (o instanceof ArrayObject a) {
            DenseElements d = a.denseElementsForRead();
            if (d != null) {
                d.copyTo((int) from, n, out, at, Undefined.INSTANCE);
                return;
            }
        }
        for (int i = 0; i < n; i++) {
            out[at + i] = get(o, from + i);
            poll(realm, i);
        }
    }

    // ------------------------------------------------------------------ methods

    // 23.1.3.1 Array.prototype.at ( index )
    private static Object at(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        double relativeIndex = Conversion.toIntegerOrInfinity(arg(args, 0));
        double k = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
        if (k < 0 || k >= len) return Undefined.INSTANCE;
        return get(o, (long) k);
    }

    // 23.1.3.2 Array.prototype.concat ( ...items )
    private static Object concat(BuiltinFunction f, Object thisArg, Object[] items, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = toObject(f, thisArg);
        JSObject a = ArrayOperations.arraySpeciesCreate(realm, o, 0);
        long n = 0;
        for (int i = -1; i < items.length; i++) {
            Object e = i < 0 ? o : items[i];
            if (isConcatSpreadable(e)) {
                JSObject eo = (JSObject) e;
                long len = lengthOf(eo);
                checkLength(f, n, len);
                for (long k = 0; k < len; ) {
                    Object sub = getIfPresent(eo, k);
                    if (sub == null) {
                        k = skipAbsent(eo, k + 1, len);
                        continue;
                    }
                    ArrayOperations.createDataPropertyOrThrow(a, n + k, sub);
                    poll(realm, k);
                    k++;
                }
                n += len;
            } else {
                checkLength(f, n, 1);
                ArrayOperations.createDataPropertyOrThrow(a, n, e);
                n++;
            }
        }
        ArrayOperations.setLength(a, n);
        return a;
    }

    // 23.1.3.2.1 IsConcatSpreadable ( O )
    private static boolean isConcatSpreadable(Object o) {
        if (!(o instanceof JSObject obj)) return false;
        Object spreadable = obj.get(Symbol.IS_CONCAT_SPREADABLE, obj);
        if (spreadable != Undefined.INSTANCE) return Conversion.toBoolean(spreadable);
        return obj.isArray();
    }

    // 23.1.3.4 Array.prototype.copyWithin ( target, start [ , end ] )
    private static Object copyWithin(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        long to = relative(arg(args, 0), len);
        long from = relative(arg(args, 1), len);
        long fin = relativeEnd(arg(args, 2), len);
        long count = Math.min(fin - from, len - to);
        if (count <= 0) return o;
        if (o instanceof ArrayObject a && len == a.length()) {
            DenseElements d = a.denseElementsForWrite();
            if (d != null && from + count <= d.size() && to + count <= d.size()) {
                // Both ranges lie inside the storage: a plain (overlap-safe) copy, holes included.
                d.copyWithin((int) to, (int) from, (int) count);
                return o;
            }
        }
        int direction = 1;
        if (from < to && to < from + count) {
            direction = -1;
            from = from + count - 1;
            to = to + count - 1;
        }
        for (long i = 0; count > 0; i++) {
            Object fromValue = getIfPresent(o, from);
            if (fromValue != null) ArrayOperations.set(o, to, fromValue);
            else ArrayOperations.deleteOrThrow(o, to);
            from += direction;
            to += direction;
            count--;
            poll(realm, i);
        }
        return o;
    }

    // 23.1.3.5 Array.prototype.entries ( )
    private static Object entries(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        return new ArrayIteratorObject(f.realm(), toObject(f, thisArg), ArrayIteratorObject.Kind.KEY_VALUE);
    }

    // 23.1.3.6 Array.prototype.every ( callback [ , thisArg ] )
    private static Object every(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        JSObject callback = callback(f, arg(args, 0));
        Object cbThis = arg(args, 1);
        for (long k = 0; k < len; ) {
            Object kValue = getIfPresent(o, k);
            if (kValue == null) {
                k = skipAbsent(o, k + 1, len);
                continue;
            }
            if (!Conversion.toBoolean(callback.call(cbThis, kValue, number(k), o))) return false;
            k++;
        }
        return true;
    }

    // 23.1.3.7 Array.prototype.fill ( value [ , start [ , end ] ] )
    private static Object fill(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        Object value = arg(args, 0);
        long k = relative(arg(args, 1), len);
        long fin = relativeEnd(arg(args, 2), len);
        // Storing every index would pass what element storage holds: fail before filling the heap.
        if (!Elements.canHoldAll(k, fin) && o.elementStoresArePlain()) throw realm.rangeError("Invalid array length");
        if (o instanceof ArrayObject a && fin <= Integer.MAX_VALUE) {
            while (k < fin && a.trySetIndexFast((int) k, value)) {
                k++;
                poll(realm, k);
            }
        }
        for (; k < fin; k++) {
            ArrayOperations.set(o, k, value);
            poll(realm, k);
        }
        return o;
    }

    // 23.1.3.8 Array.prototype.filter ( callback [ , thisArg ] )
    private static Object filter(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        JSObject callback = callback(f, arg(args, 0));
        Object cbThis = arg(args, 1);
        Object c = ArrayOperations.arraySpeciesConstructor(realm, o);
        JSObject a = c == null ? null : (JSObject) ObjectOperations.construct(c, new Object[] {0}, null);
        // With ArrayCreate the new array is invisible until returned: collect, then fill it at once.
        Object[] selected = a == null ? new Object[(int) Math.min(len, 16)] : null;
        long to = 0;
        for (long k = 0; k < len; ) {
            Object kValue = getIfPresent(o, k);
            if (kValue == null) {
                k = skipAbsent(o, k + 1, len);
                continue;
            }
            if (Conversion.toBoolean(callback.call(cbThis, kValue, number(k), o))) {
                if (a != null) {
                    ArrayOperations.createDataPropertyOrThrow(a, to, kValue);
                } else {
                    if (to == selected.length) {
                        if (to >= Iteration.MAX_LIST_LENGTH) throw realm.rangeError("Invalid array length");
                        selected = Arrays.copyOf(selected, (int) Math.min(Iteration.MAX_LIST_LENGTH, Math.max(16, to * 2)));
                    }
                    selected[(int) to] = kValue;
                }
                to++;
            }
            k++;
        }
        return a != null ? a : ArrayObject.of(realm, to == selected.length ? selected : Arrays.copyOf(selected, (int) to));
    }

    // 23.1.3.9 Array.prototype.find ( predicate [ , thisArg ] )
    private static Object find(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        return findViaPredicate(f, o, len, true, arg(args, 0), arg(args, 1)).value;
    }

    // 23.1.3.10 Array.prototype.findIndex ( predicate [ , thisArg ] )
    private static Object findIndex(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        return number(findViaPredicate(f, o, len, true, arg(args, 0), arg(args, 1)).index);
    }

    // 23.1.3.11 Array.prototype.findLast ( predicate [ , thisArg ] )
    private static Object findLast(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        return findViaPredicate(f, o, len, false, arg(args, 0), arg(args, 1)).value;
    }

    // 23.1.3.12 Array.prototype.findLastIndex ( predicate [ , thisArg ] )
    private static Object findLastIndex(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        return number(findViaPredicate(f, o, len, false, arg(args, 0), arg(args, 1)).index);
    }

    /** The Record FindViaPredicate returns: [[Index]] (-1 when not found) and [[Value]]. */
    private record Found(long index, Object value) {}

    private static final Found NOT_FOUND = new Found(-1, Undefined.INSTANCE);

    // 23.1.3.12.1 FindViaPredicate ( O, len, direction, predicate, thisArg )
    private static Found findViaPredicate(BuiltinFunction f, JSObject o, long len, boolean ascending,
                                          Object predicate, Object thisArg) {
        JSObject p = callback(f, predicate);
        for (long i = 0; i < len; i++) {
            long k = ascending ? i : len - 1 - i;
            Object kValue = get(o, k);
            if (Conversion.toBoolean(p.call(thisArg, kValue, number(k), o))) return new Found(k, kValue);
        }
        return NOT_FOUND;
    }

    // 23.1.3.13 Array.prototype.flat ( [ depth ] )
    private static Object flat(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = toObject(f, thisArg);
        long sourceLen = lengthOf(o);
        double depthNum = 1;
        Object depth = arg(args, 0);
        if (depth != Undefined.INSTANCE) {
            depthNum = Conversion.toIntegerOrInfinity(depth);
            if (depthNum < 0) depthNum = 0;
        }
        JSObject a = ArrayOperations.arraySpeciesCreate(f.realm(), o, 0);
        flattenIntoArray(f, a, o, sourceLen, 0, depthNum, null, null);
        return a;
    }

    // 23.1.3.13.1 FlattenIntoArray
    private static long flattenIntoArray(BuiltinFunction f, JSObject target, JSObject source, long sourceLen, long start,
                                         double depth, JSObject mapperFunction, Object thisArg) {
        long targetIndex = start;
        for (long sourceIndex = 0; sourceIndex < sourceLen; ) {
            Object element = getIfPresent(source, sourceIndex);
            if (element == null) {
                sourceIndex = skipAbsent(source, sourceIndex + 1, sourceLen);
                continue;
            }
            if (mapperFunction != null) element = mapperFunction.call(thisArg, element, number(sourceIndex), source);
            boolean shouldFlatten = depth > 0 && Comparison.isArray(element);
            if (shouldFlatten) {
                JSObject e = (JSObject) element;
                targetIndex = flattenIntoArray(f, target, e, lengthOf(e), targetIndex, depth - 1, null, null);
            } else {
                if (targetIndex >= MAX_SAFE_INTEGER) throw f.realm().typeError("Array length exceeds the maximum of 2**53-1");
                ArrayOperations.createDataPropertyOrThrow(target, targetIndex, element);
                targetIndex++;
            }
            sourceIndex++;
        }
        return targetIndex;
    }

    // 23.1.3.14 Array.prototype.flatMap ( mapperFunction [ , thisArg ] )
    private static Object flatMap(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = toObject(f, thisArg);
        long sourceLen = lengthOf(o);
        JSObject mapper = callback(f, arg(args, 0));
        JSObject a = ArrayOperations.arraySpeciesCreate(f.realm(), o, 0);
        flattenIntoArray(f, a, o, sourceLen, 0, 1, mapper, arg(args, 1));
        return a;
    }

    // 23.1.3.15 Array.prototype.forEach ( callback [ , thisArg ] )
    private static Object forEach(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        JSObject callback = callback(f, arg(args, 0));
        Object cbThis = arg(args, 1);
        for (long k = 0; k < len; ) {
            Object kValue = getIfPresent(o, k);
            if (kValue == null) {
                k = skipAbsent(o, k + 1, len);
                continue;
            }
            callback.call(cbThis, kValue, number(k), o);
            k++;
        }
        return Undefined.INSTANCE;
    }

    // 23.1.3.16 Array.prototype.includes ( searchElement [ , fromIndex ] )
    private static Object includes(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        if (len == 0) return false;
        double n = Conversion.toIntegerOrInfinity(arg(args, 1));
        if (n == Double.POSITIVE_INFINITY) return false;
        long k = n >= 0 ? (long) n : (long) Math.max(len + n, 0);
        Object search = arg(args, 0);
        if (o instanceof ArrayObject a) {
            DenseElements d = a.denseElementsForRead();
            if (d != null) {
                long end = Math.min(len, d.size());
                if (k < end && d.includes(search, (int) k, (int) end)) return true;
                // Past the storage every index is a hole, which reads as undefined.
                return search == Undefined.INSTANCE && Math.max(k, end) < len;
            }
        }
        for (; k < len; k++) {
            Object element = get(o, k);
            if (Comparison.sameValueZero(search, element)) return true;
            if (element == Undefined.INSTANCE) {
                long next = skipAbsent(o, k + 1, len);
                if (next > k + 1) {
                    // Indices k+1 .. next-1 are absent and read as undefined.
                    if (search == Undefined.INSTANCE) return true;
                    k = next - 1;
                }
            }
            poll(realm, k);
        }
        return false;
    }

    // 23.1.3.17 Array.prototype.indexOf ( searchElement [ , fromIndex ] )
    private static Object indexOf(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        if (len == 0) return -1;
        double n = Conversion.toIntegerOrInfinity(arg(args, 1));
        if (n == Double.POSITIVE_INFINITY) return -1;
        long k = n >= 0 ? (long) n : (long) Math.max(len + n, 0);
        Object search = arg(args, 0);
        if (o instanceof ArrayObject a) {
            DenseElements d = a.denseElementsForRead();
            if (d != null) {
                int end = (int) Math.min(len, d.size());
                return k >= end ? -1 : d.indexOf(search, (int) k, end);
            }
        }
        while (k < len) {
            Object element = getIfPresent(o, k);
            if (element == null) {
                k = skipAbsent(o, k + 1, len);
                continue;
            }
            if (Comparison.isStrictlyEqual(search, element)) return number(k);
            k++;
            poll(realm, k);
        }
        return -1;
    }

    // 23.1.3.18 Array.prototype.join ( separator )
    private static Object join(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        Object separator = arg(args, 0);
        String sep = separator == Undefined.INSTANCE ? "," : Conversion.toString(separator);
        if (len == 0) return "";
        StringBuilder r = new StringBuilder();
        for (long k = 0; k < len; k++) {
            if (k > 0) r.append(sep);
            Object element = get(o, k);
            if (element != Undefined.INSTANCE && element != Null.INSTANCE) appendString(realm, r, element);
            else if (element == Undefined.INSTANCE) {
                // A run of absent indices adds only separators.
                long next = skipAbsent(o, k + 1, len);
                if (next > k + 1) {
                    appendRepeated(realm, r, sep, next - k - 1);
                    k = next - 1;
                }
            }
            if (r.length() > StringLimits.MAX_LENGTH) throw realm.rangeError("Invalid string length");
            poll(realm, k);
        }
        return r.toString();
    }

    /** Appends ToString(v), converting primitives without going through a String where possible. */
    private static void appendString(Realm realm, StringBuilder r, Object v) {
        if (v instanceof Integer i) r.append(i.intValue());
        else if (v instanceof CharSequence s) r.append(s);
        else if (v instanceof Double d) r.append(NumberToString.toString(d));
        else r.append(Conversion.toString(v));
    }

    private static void appendRepeated(Realm realm, StringBuilder r, String s, long times) {
        if (s.isEmpty()) return;
        if (r.length() + (double) s.length() * times > StringLimits.MAX_LENGTH) throw realm.rangeError("Invalid string length");
        for (long i = 0; i < times; i++) r.append(s);
    }

    // 23.1.3.19 Array.prototype.keys ( )
    private static Object keys(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        return new ArrayIteratorObject(f.realm(), toObject(f, thisArg), ArrayIteratorObject.Kind.KEY);
    }

    // 23.1.3.20 Array.prototype.lastIndexOf ( searchElement [ , fromIndex ] )
    private static Object lastIndexOf(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        if (len == 0) return -1;
        double n = args.length > 1 ? Conversion.toIntegerOrInfinity(args[1]) : len - 1;
        if (n == Double.NEGATIVE_INFINITY) return -1;
        long k = n >= 0 ? (long) Math.min(n, len - 1) : (long) (len + n);
        Object search = arg(args, 0);
        if (o instanceof ArrayObject a) {
            DenseElements d = a.denseElementsForRead();
            if (d != null) {
                long from = Math.min(k, d.size() - 1L);
                return from < 0 ? -1 : d.lastIndexOf(search, (int) from);
            }
        }
        while (k >= 0) {
            Object element = getIfPresent(o, k);
            if (element == null) {
                k = skipAbsentDescending(o, k - 1);
                continue;
            }
            if (Comparison.isStrictlyEqual(search, element)) return number(k);
            k--;
            poll(realm, k);
        }
        return -1;
    }

    // 23.1.3.21 Array.prototype.map ( callback [ , thisArg ] )
    private static Object map(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        JSObject callback = callback(f, arg(args, 0));
        Object cbThis = arg(args, 1);
        Object c = ArrayOperations.arraySpeciesConstructor(realm, o);
        JSObject a = c == null ? ArrayObject.create(realm, len, null)
                : (JSObject) ObjectOperations.construct(c, new Object[] {number(len)}, null);
        // With ArrayCreate the new array is invisible until returned: collect, then fill it at once.
        Object[] mapped = c == null && len <= Iteration.MAX_LIST_LENGTH ? new Object[(int) len] : null;
        for (long k = 0; k < len; ) {
            Object kValue = getIfPresent(o, k);
            if (kValue == null) {
                k = skipAbsent(o, k + 1, len);
                continue;
            }
            Object mappedValue = callback.call(cbThis, kValue, number(k), o);
            if (mapped != null) mapped[(int) k] = mappedValue;
            else ArrayOperations.createDataPropertyOrThrow(a, k, mappedValue);
            k++;
        }
        if (mapped != null && len > 0) a.elements = DenseElements.of(mapped, (int) len);
        return a;
    }

    // 23.1.3.22 Array.prototype.pop ( )
    private static Object pop(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        if (len == 0) {
            ArrayOperations.setLength(o, 0);
            return Undefined.INSTANCE;
        }
        long newLen = len - 1;
        if (o instanceof ArrayObject a && a.denseElementsForWrite() != null) {
            Object element = newLen <= Integer.MAX_VALUE ? a.getIndexFast((int) newLen) : null;
            a.removeRangeFast(newLen, 1);
            return element == null ? Undefined.INSTANCE : element;
        }
        Object element = get(o, newLen);
        ArrayOperations.deleteOrThrow(o, newLen);
        ArrayOperations.setLength(o, newLen);
        return element;
    }

    // 23.1.3.23 Array.prototype.push ( ...items )
    private static Object push(BuiltinFunction f, Object thisArg, Object[] items, JSObject nt) {
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        int argCount = items.length;
        checkLength(f, len, argCount);
        int i = 0;
        if (o instanceof ArrayObject a && len + argCount <= Integer.MAX_VALUE) {
            while (i < argCount && a.trySetIndexFast((int) len, items[i])) {
                i++;
                len++;
            }
            // Each store raised the (writable) length already; the final Set changes nothing.
            if (i == argCount && argCount > 0) return number(len);
        }
        for (; i < argCount; i++) {
            ArrayOperations.set(o, len, items[i]);
            len++;
        }
        ArrayOperations.setLength(o, len);
        return number(len);
    }

    // 23.1.3.24 Array.prototype.reduce ( callback [ , initialValue ] )
    private static Object reduce(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        JSObject callback = callback(f, arg(args, 0));
        if (len == 0 && args.length < 2) throw f.realm().typeError("Reduce of empty array with no initial value");
        long k = 0;
        Object accumulator;
        if (args.length >= 2) {
            accumulator = args[1];
        } else {
            accumulator = null;
            while (accumulator == null && k < len) {
                accumulator = getIfPresent(o, k);
                k = accumulator == null ? skipAbsent(o, k + 1, len) : k + 1;
            }
            if (accumulator == null) throw f.realm().typeError("Reduce of empty array with no initial value");
        }
        while (k < len) {
            Object kValue = getIfPresent(o, k);
            if (kValue == null) {
                k = skipAbsent(o, k + 1, len);
                continue;
            }
            accumulator = callback.call(Undefined.INSTANCE, accumulator, kValue, number(k), o);
            k++;
        }
        return accumulator;
    }

    // 23.1.3.25 Array.prototype.reduceRight ( callback [ , initialValue ] )
    private static Object reduceRight(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        JSObject callback = callback(f, arg(args, 0));
        if (len == 0 && args.length < 2) throw f.realm().typeError("Reduce of empty array with no initial value");
        long k = len - 1;
        Object accumulator;
        if (args.length >= 2) {
            accumulator = args[1];
        } else {
            accumulator = null;
            while (accumulator == null && k >= 0) {
                accumulator = getIfPresent(o, k);
                k = accumulator == null ? skipAbsentDescending(o, k - 1) : k - 1;
            }
            if (accumulator == null) throw f.realm().typeError("Reduce of empty array with no initial value");
        }
        while (k >= 0) {
            Object kValue = getIfPresent(o, k);
            if (kValue == null) {
                k = skipAbsentDescending(o, k - 1);
                continue;
            }
            accumulator = callback.call(Undefined.INSTANCE, accumulator, kValue, number(k), o);
            k--;
        }
        return accumulator;
    }

    // 23.1.3.26 Array.prototype.reverse ( )
    private static Object reverse(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        if (o instanceof ArrayObject a) {
            DenseElements d = a.denseElementsForWrite();
            if (d != null && len == d.size()) {
                d.reverse();
                return o;
            }
        }
        long middle = len / 2;
        for (long lower = 0; lower != middle; lower++) {
            long upper = len - lower - 1;
            Object lowerValue = getIfPresent(o, lower);
            Object upperValue = getIfPresent(o, upper);
            if (lowerValue != null && upperValue != null) {
                ArrayOperations.set(o, lower, upperValue);
                ArrayOperations.set(o, upper, lowerValue);
            } else if (upperValue != null) {
                ArrayOperations.set(o, lower, upperValue);
                ArrayOperations.deleteOrThrow(o, upper);
            } else if (lowerValue != null) {
                ArrayOperations.deleteOrThrow(o, lower);
                ArrayOperations.set(o, upper, lowerValue);
            } else {
                // Both absent: jump to the next pair where either end may be present.
                long nextLower = skipAbsent(o, lower + 1, middle);
                long nextUpper = skipAbsentDescending(o, upper - 1);
                lower = Math.min(Math.min(nextLower, len - 1 - nextUpper), middle) - 1;
            }
            poll(realm, lower);
        }
        return o;
    }

    // 23.1.3.27 Array.prototype.shift ( )
    private static Object shift(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        if (len == 0) {
            ArrayOperations.setLength(o, 0);
            return Undefined.INSTANCE;
        }
        if (o instanceof ArrayObject a && a.denseElementsForWrite() != null) {
            Object first = a.getIndexFast(0);
            a.removeRangeFast(0, 1);
            return first == null ? Undefined.INSTANCE : first;
        }
        Object first = get(o, 0);
        moveDown(realm, o, 1, len, 1);
        ArrayOperations.deleteOrThrow(o, len - 1);
        ArrayOperations.setLength(o, len - 1);
        return first;
    }

    /**
     * The loop of shift and splice that moves the elements at {@code from .. len-1} down by
     * {@code by}, deleting where the source is absent.
     */
    private static void moveDown(Realm realm, JSObject o, long from, long len, long by) {
        for (long k = from; k < len; k++) {
            Object fromValue = getIfPresent(o, k);
            if (fromValue != null) ArrayOperations.set(o, k - by, fromValue);
            else ArrayOperations.deleteOrThrow(o, k - by);
            poll(realm, k);
        }
    }

    /**
     * The loop of unshift and splice that moves the elements at {@code from .. end-1} up by
     * {@code by}, highest first, deleting where the source is absent.
     */
    private static void moveUp(Realm realm, JSObject o, long from, long end, long by) {
        for (long k = end - 1; k >= from; k--) {
            Object fromValue = getIfPresent(o, k);
            if (fromValue != null) ArrayOperations.set(o, k + by, fromValue);
            else ArrayOperations.deleteOrThrow(o, k + by);
            poll(realm, k);
        }
    }

    // 23.1.3.28 Array.prototype.slice ( start, end )
    private static Object slice(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        long k = relative(arg(args, 0), len);
        long fin = relativeEnd(arg(args, 1), len);
        long count = Math.max(fin - k, 0);
        JSObject a = ArrayOperations.arraySpeciesCreate(realm, o, count);
        if (o instanceof ArrayObject src && a instanceof ArrayObject dst && count <= Iteration.MAX_LIST_LENGTH
                && dst.length() >= count && (dst.elements == null || dst.elements.count() == 0)) {
            DenseElements d = src.denseElementsForRead();
            if (d != null && dst.denseElementsForWrite() != null) {
                // Every step is a plain read of src and a plain store into the fresh dst.
                if (k < d.size()) dst.elements = d.slice((int) k, (int) count);
                ArrayOperations.setLength(dst, count);
                return dst;
            }
        }
        long n = 0;
        while (k < fin) {
            Object kValue = getIfPresent(o, k);
            if (kValue == null) {
                long next = skipAbsent(o, k + 1, fin);
                n += next - k;
                k = next;
                continue;
            }
            ArrayOperations.createDataPropertyOrThrow(a, n, kValue);
            k++;
            n++;
            poll(realm, k);
        }
        ArrayOperations.setLength(a, n);
        return a;
    }

    // 23.1.3.29 Array.prototype.some ( callback [ , thisArg ] )
    private static Object some(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        JSObject callback = callback(f, arg(args, 0));
        Object cbThis = arg(args, 1);
        for (long k = 0; k < len; ) {
            Object kValue = getIfPresent(o, k);
            if (kValue == null) {
                k = skipAbsent(o, k + 1, len);
                continue;
            }
            if (Conversion.toBoolean(callback.call(cbThis, kValue, number(k), o))) return true;
            k++;
        }
        return false;
    }

    // 23.1.3.30 Array.prototype.sort ( comparator )
    private static Object sort(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        Object comparator = arg(args, 0);
        ArraySort.checkComparator(realm, comparator);
        JSObject obj = toObject(f, thisArg);
        long len = lengthOf(obj);
        Object[] sortedList = ArraySort.sortIndexedProperties(realm, obj, len, comparator, ArraySort.Holes.SKIP_HOLES);
        int itemCount = sortedList.length;
        for (int j = 0; j < itemCount; j++) {
            ArrayOperations.set(obj, j, sortedList[j]);
            poll(realm, j);
        }
        // The holes the sort skipped go to the end: delete the rest (absent ones need nothing).
        for (long j = itemCount; j < len; ) {
            j = skipAbsent(obj, j, len);
            if (j >= len) break;
            ArrayOperations.deleteOrThrow(obj, j);
            j++;
            poll(realm, j);
        }
        return obj;
    }

    // 23.1.3.31 Array.prototype.splice ( start, deleteCount, ...items )
    private static Object splice(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        long actualStart = relative(arg(args, 0), len);
        int itemCount = Math.max(args.length - 2, 0);
        long actualDeleteCount;
        if (args.length == 0) {
            actualDeleteCount = 0;
        } else if (args.length == 1) {
            actualDeleteCount = len - actualStart;
        } else {
            double dc = Conversion.toIntegerOrInfinity(args[1]);
            actualDeleteCount = (long) Math.min(Math.max(dc, 0), len - actualStart);
        }
        checkLength(f, len - actualDeleteCount, itemCount);
        JSObject a = ArrayOperations.arraySpeciesCreate(realm, o, actualDeleteCount);
        for (long k = 0; k < actualDeleteCount; ) {
            Object fromValue = getIfPresent(o, actualStart + k);
            if (fromValue == null) {
                k = skipAbsent(o, actualStart + k + 1, actualStart + actualDeleteCount) - actualStart;
                continue;
            }
            ArrayOperations.createDataPropertyOrThrow(a, k, fromValue);
            k++;
            poll(realm, k);
        }
        ArrayOperations.setLength(a, actualDeleteCount);
        long newLen = len - actualDeleteCount + itemCount;
        if (o instanceof ArrayObject arr && len == arr.length() && newLen <= Integer.MAX_VALUE && arr.denseElementsForWrite() != null
                && (itemCount <= actualDeleteCount || arr.insertGapFast(actualStart + actualDeleteCount, itemCount - actualDeleteCount))) {
            if (itemCount < actualDeleteCount) arr.removeRangeFast(actualStart + itemCount, actualDeleteCount - itemCount);
            for (int i = 0; i < itemCount; i++) {
                if (!arr.trySetIndexFast((int) (actualStart + i), args[i + 2])) ArrayOperations.set(o, actualStart + i, args[i + 2]);
            }
            return a;
        }
        if (itemCount < actualDeleteCount) {
            moveDown(realm, o, actualStart + actualDeleteCount, len, actualDeleteCount - itemCount);
            for (long k = len; k > newLen; k--) ArrayOperations.deleteOrThrow(o, k - 1);
        } else if (itemCount > actualDeleteCount) {
            moveUp(realm, o, actualStart + actualDeleteCount, len, itemCount - actualDeleteCount);
        }
        for (int i = 0; i < itemCount; i++) ArrayOperations.set(o, actualStart + i, args[i + 2]);
        ArrayOperations.setLength(o, newLen);
        return a;
    }

    // 23.1.3.32 Array.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
    private static Object toLocaleString(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject array = toObject(f, thisArg);
        long len = lengthOf(array);
        String separator = ","; // V8's list separator
        StringBuilder r = new StringBuilder();
        for (long k = 0; k < len; k++) {
            if (k > 0) r.append(separator);
            Object element = get(array, k);
            if (element != Undefined.INSTANCE && element != Null.INSTANCE) {
                r.append(Conversion.toString(ObjectOperations.invoke(realm, element, "toLocaleString")));
            }
            if (r.length() > StringLimits.MAX_LENGTH) throw realm.rangeError("Invalid string length");
            poll(realm, k);
        }
        return r.toString();
    }

    // 23.1.3.33 Array.prototype.toReversed ( )
    private static Object toReversed(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        ArrayObject a = newFullArray(f, len);
        Object[] values = new Object[(int) len];
        for (int k = 0; k < len; k++) {
            values[k] = get(o, len - k - 1);
            poll(realm, k);
        }
        a.elements = DenseElements.of(values, (int) len);
        return a;
    }

    // 23.1.3.34 Array.prototype.toSorted ( comparator )
    private static Object toSorted(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        Object comparator = arg(args, 0);
        ArraySort.checkComparator(realm, comparator);
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        ArrayObject a = newFullArray(f, len);
        Object[] sortedList = ArraySort.sortIndexedProperties(realm, o, len, comparator, ArraySort.Holes.READ_THROUGH_HOLES);
        a.elements = DenseElements.of(sortedList, (int) len);
        return a;
    }

    // 23.1.3.35 Array.prototype.toSpliced ( start, skipCount, ...items )
    private static Object toSpliced(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        long actualStart = relative(arg(args, 0), len);
        int insertCount = Math.max(args.length - 2, 0);
        long actualSkipCount;
        if (args.length == 0) {
            actualSkipCount = 0;
        } else if (args.length == 1) {
            actualSkipCount = len - actualStart;
        } else {
            double sc = Conversion.toIntegerOrInfinity(args[1]);
            actualSkipCount = (long) Math.min(Math.max(sc, 0), len - actualStart);
        }
        long newLen = len + insertCount - actualSkipCount;
        if (newLen > MAX_SAFE_INTEGER) throw realm.typeError("Array length exceeds the maximum of 2**53-1");
        ArrayObject a = newFullArray(f, newLen);
        Object[] values = new Object[(int) newLen];
        readThrough(realm, o, 0, (int) actualStart, values, 0);
        if (insertCount > 0) System.arraycopy(args, 2, values, (int) actualStart, insertCount);
        int i = (int) actualStart + insertCount;
        readThrough(realm, o, actualStart + actualSkipCount, (int) (newLen - i), values, i);
        a.elements = DenseElements.of(values, (int) newLen);
        return a;
    }

    // 23.1.3.36 Array.prototype.toString ( )
    private static Object toStringMethod(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject array = toObject(f, thisArg);
        Object func = array.get("join", array);
        if (!Comparison.isCallable(func)) func = f.realm().intrinsic(Intrinsic.OBJECT_PROTOTYPE_TO_STRING);
        return ObjectOperations.call(func, array);
    }

    // 23.1.3.37 Array.prototype.unshift ( ...items )
    private static Object unshift(BuiltinFunction f, Object thisArg, Object[] items, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        int argCount = items.length;
        if (argCount > 0) {
            checkLength(f, len, argCount);
            if (o instanceof ArrayObject a && len + argCount <= Integer.MAX_VALUE && a.denseElementsForWrite() != null
                    && a.insertGapFast(0, argCount)) {
                for (int j = 0; j < argCount; j++) {
                    if (!a.trySetIndexFast(j, items[j])) ArrayOperations.set(o, j, items[j]);
                }
                return number(len + argCount);
            }
            moveUp(realm, o, 0, len, argCount);
            for (int j = 0; j < argCount; j++) ArrayOperations.set(o, j, items[j]);
        }
        ArrayOperations.setLength(o, len + argCount);
        return number(len + argCount);
    }

    // 23.1.3.38 Array.prototype.values ( )
    private static Object values(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        return new ArrayIteratorObject(f.realm(), toObject(f, thisArg), ArrayIteratorObject.Kind.VALUE);
    }

    // 23.1.3.39 Array.prototype.with ( index, value )
    private static Object with(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        JSObject o = toObject(f, thisArg);
        long len = lengthOf(o);
        double relativeIndex = Conversion.toIntegerOrInfinity(arg(args, 0));
        double actualIndex = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
        if (actualIndex >= len || actualIndex < 0) throw realm.rangeError("Invalid index : " + NumberToString.toString(relativeIndex));
        ArrayObject a = newFullArray(f, len);
        Object[] values = new Object[(int) len];
        int index = (int) actualIndex;
        readThrough(realm, o, 0, index, values, 0);
        values[index] = arg(args, 1);
        readThrough(realm, o, index + 1, (int) len - index - 1, values, index + 1);
        a.elements = DenseElements.of(values, (int) len);
        return a;
    }
}

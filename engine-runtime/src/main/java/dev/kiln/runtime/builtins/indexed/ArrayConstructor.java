package dev.kiln.runtime.builtins.indexed;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.DenseElements;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.ops.IteratorRecord;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Types;
import dev.kiln.runtime.value.Undefined;

/** 23.1.1 The Array Constructor and 23.1.2 its properties. */
public final class ArrayConstructor {
    private ArrayConstructor() {}

    /** Creates %Array%, %Array.prototype% and %ArrayIteratorPrototype% (needs %Iterator.prototype%). */
    public static void install(Realm realm) {
        ArrayObject proto = ArrayObject.create(realm, 0, realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE));
        realm.setIntrinsic(Intrinsic.ARRAY_PROTOTYPE, proto);
        BuiltinFunction ctor = Define.constructor(realm, realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE), "Array", 1, proto,
                ArrayConstructor::array);
        realm.setIntrinsic(Intrinsic.ARRAY, ctor);
        Define.method(realm, ctor, "from", 1, ArrayConstructor::from);
        Define.method(realm, ctor, "isArray", 1, ArrayConstructor::isArray);
        Define.method(realm, ctor, "of", 0, ArrayConstructor::of);
        Define.getter(realm, ctor, Symbol.SPECIES, (f, t, a, n) -> t); // 23.1.2.5 get Array [ %Symbol.species% ]
        ArrayPrototype.install(realm, proto);
        ArrayIteratorPrototype.install(realm);
        realm.defineGlobal("Array", ctor);
    }

    // 23.1.1.1 Array ( ...values )
    private static Object array(BuiltinFunction f, Object thisArg, Object[] values, JSObject newTarget) {
        Realm realm = f.realm();
        JSObject proto = ObjectOperations.getPrototypeFromConstructor(newTarget == null ? f : newTarget, Intrinsic.ARRAY_PROTOTYPE);
        int numberOfArgs = values.length;
        if (numberOfArgs == 0) return ArrayObject.create(realm, 0, proto);
        if (numberOfArgs == 1) {
            Object len = values[0];
            ArrayObject array = ArrayObject.create(realm, 0, proto);
            if (!Types.isNumber(len)) {
                ObjectOperations.createDataPropertyOrThrow(array, 0, len);
                return array;
            }
            long intLen = Conversion.toUint32(len);
            if (intLen != ((Number) len).doubleValue()) throw realm.rangeError("Invalid array length");
            ObjectOperations.set(array, "length", ArrayOperations.number(intLen), true);
            return array;
        }
        ArrayObject array = ArrayObject.create(realm, numberOfArgs, proto);
        array.elements = DenseElements.of(values.clone(), numberOfArgs);
        return array;
    }

    // 23.1.2.1 Array.from ( items [ , mapper [ , thisArg ] ] )
    private static Object from(BuiltinFunction f, Object c, Object[] args, JSObject newTarget) {
        Realm realm = f.realm();
        Object items = arg(args, 0), mapper = arg(args, 1), thisArg = arg(args, 2);
        boolean mapping = mapper != Undefined.INSTANCE;
        if (mapping && !Comparison.isCallable(mapper)) {
            throw realm.typeError(ObjectOperations.describeForError(mapper) + " is not a function");
        }
        Object usingIterator = ObjectOperations.getMethod(realm, items, Symbol.ITERATOR);
        if (usingIterator != Undefined.INSTANCE) {
            if (!mapping && c == realm.intrinsic(Intrinsic.ARRAY)) {
                ArrayObject copy = copyOfArrayIteration(realm, items);
                if (copy != null) return copy;
            }
            JSObject a = Comparison.isConstructor(c)
                    ? (JSObject) ObjectOperations.construct(c, ObjectOperations.NO_ARGS, null)
                    : ArrayObject.create(realm, 0, null);
            IteratorRecord iteratorRecord = Iteration.getIteratorFromMethod(items, usingIterator);
            long k = 0;
            while (true) {
                if (k >= ArrayOperations.MAX_SAFE_INTEGER) {
                    throw Iteration.iteratorCloseOnThrow(iteratorRecord, realm.typeError("Invalid array length"));
                }
                Object next = Iteration.iteratorStepValue(iteratorRecord);
                if (next == null) {
                    ArrayOperations.setLength(a, k);
                    return a;
                }
                try {
                    Object mappedValue = mapping ? ((JSObject) mapper).call(thisArg, next, ArrayOperations.number(k)) : next;
                    ArrayOperations.createDataPropertyOrThrow(a, k, mappedValue);
                } catch (JSException e) {
                    throw Iteration.iteratorCloseOnThrow(iteratorRecord, e);
                }
                k++;
            }
        }
        JSObject arrayLike = Conversion.toObject(realm, items);
        long len = ObjectOperations.lengthOfArrayLike(arrayLike);
        JSObject a = Comparison.isConstructor(c)
                ? (JSObject) ObjectOperations.construct(c, new Object[] {ArrayOperations.number(len)}, null)
                : ArrayObject.create(realm, len, null);
        for (long k = 0; k < len; k++) {
            Object kValue = ArrayOperations.get(arrayLike, k);
            Object mappedValue = mapping ? ((JSObject) mapper).call(thisArg, kValue, ArrayOperations.number(k)) : kValue;
            ArrayOperations.createDataPropertyOrThrow(a, k, mappedValue);
            if ((k & 0xFFF) == 0xFFF) realm.poll();
        }
        ArrayOperations.setLength(a, len);
        return a;
    }

    /**
     * Array.from(items) where C is %Array%, there is no mapper and iterating {@code items} is
     * the original iteration of an array in dense storage: every step only reads an element, so
     * the result is a copy of the storage (in its kind when there are no holes; a hole reads as
     * undefined). Null when that does not hold.
     */
    private static ArrayObject copyOfArrayIteration(Realm realm, Object items) {
        if (!Iteration.isUnmodifiedArrayIteration(items)) return null;
        ArrayObject source = (ArrayObject) items;
        DenseElements d = source.denseElementsForRead();
        long len = source.length();
        if (d == null || len > Iteration.MAX_LIST_LENGTH) return null;
        ArrayObject a = ArrayObject.create(realm, len, null);
        if (len == 0) return a;
        if (d.isPacked() && d.size() == len) {
            a.elements = d.slice(0, (int) len);
        } else {
            Object[] values = new Object[(int) len];
            d.copyTo(0, (int) len, values, 0, Undefined.INSTANCE);
            a.elements = DenseElements.of(values, (int) len);
        }
        return a;
    }

    // 23.1.2.2 Array.isArray ( arg )
    private static Object isArray(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return Comparison.isArray(arg(args, 0));
    }

    // 23.1.2.3 Array.of ( ...items )
    private static Object of(BuiltinFunction f, Object c, Object[] items, JSObject newTarget) {
        int len = items.length;
        Object lenNumber = len;
        JSObject a = Comparison.isConstructor(c)
                ? (JSObject) ObjectOperations.construct(c, new Object[] {lenNumber}, null)
                : ArrayObject.create(f.realm(), len, null);
        for (int k = 0; k < len; k++) ArrayOperations.createDataPropertyOrThrow(a, k, items[k]);
        ArrayOperations.setLength(a, len);
        return a;
    }
}

package dev.kiln.runtime.builtins.control;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.ops.IteratorRecord;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Undefined;

/**
 * 27.1.3.2.1.1 The %WrapForValidIteratorPrototype% Object, and the wrappers Iterator.from makes
 * around iterators that do not inherit from %Iterator.prototype%.
 */
final class WrapForValidIteratorPrototype {
    private WrapForValidIteratorPrototype() {}

    /** An object with an [[Iterated]] internal slot. */
    static final class Wrapper extends JSObject {
        /** [[Iterated]] */
        final IteratorRecord iterated;

        Wrapper(Realm realm, IteratorRecord iterated) {
            super(realm.intrinsic(Intrinsic.WRAP_FOR_VALID_ITERATOR_PROTOTYPE));
            this.iterated = iterated;
        }
    }

    static void install(Realm realm) {
        JSObject proto = new JSObject(realm.intrinsic(Intrinsic.ITERATOR_PROTOTYPE));
        Define.method(realm, proto, "next", 0, WrapForValidIteratorPrototype::next);
        Define.method(realm, proto, "return", 0, WrapForValidIteratorPrototype::returnMethod);
        realm.setIntrinsic(Intrinsic.WRAP_FOR_VALID_ITERATOR_PROTOTYPE, proto);
    }

    private static Wrapper thisWrapper(BuiltinFunction f, Object thisArg) {
        if (thisArg instanceof Wrapper w) return w;
        throw f.realm().typeError(ObjectOperations.describeForError(thisArg) + " is not a wrapped iterator");
    }

    // 27.1.3.2.1.1.1 %WrapForValidIteratorPrototype%.next ( )
    private static Object next(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        IteratorRecord iteratorRecord = thisWrapper(f, thisArg).iterated;
        return ObjectOperations.call(iteratorRecord.nextMethod, iteratorRecord.iterator);
    }

    // 27.1.3.2.1.1.2 %WrapForValidIteratorPrototype%.return ( )
    private static Object returnMethod(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        JSObject iterator = thisWrapper(f, thisArg).iterated.iterator;
        Object returnMethod = ObjectOperations.getMethod(iterator, "return");
        if (returnMethod == Undefined.INSTANCE) return Iteration.createIterResultObject(f.realm(), Undefined.INSTANCE, true);
        return ObjectOperations.call(returnMethod, iterator);
    }
}

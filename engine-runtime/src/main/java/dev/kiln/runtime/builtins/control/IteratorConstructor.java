package dev.kiln.runtime.builtins.control;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.ops.IteratorRecord;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;

/**
 * 27.1.3.1 The Iterator Constructor and 27.1.3.2 its properties, with %Iterator.prototype%,
 * %IteratorHelperPrototype% and %WrapForValidIteratorPrototype%. Iterator.concat is the
 * iterator-sequencing addition of ES2026; zip and zipKeyed ({@link IteratorZip}) are the
 * joint-iteration proposal.
 */
public final class IteratorConstructor {
    private IteratorConstructor() {}

    /** Creates the iteration intrinsics; runs before the families whose iterators inherit from them. */
    public static void install(Realm realm) {
        JSObject proto = IteratorPrototype.create(realm);
        IteratorHelperPrototype.install(realm);
        WrapForValidIteratorPrototype.install(realm);
        BuiltinFunction ctor = new BuiltinFunction(realm, "Iterator", 0, true, IteratorConstructor::iterator);
        realm.setIntrinsic(Intrinsic.ITERATOR, ctor);
        Define.constant(ctor, "prototype", proto);
        Define.method(realm, ctor, "from", 1, IteratorConstructor::from);
        Define.method(realm, ctor, "concat", 0, IteratorConstructor::concat);
        Define.method(realm, ctor, "zip", 1, IteratorZip::zip);
        Define.method(realm, ctor, "zipKeyed", 1, IteratorZip::zipKeyed);
        IteratorPrototype.defineConstructor(realm, proto);
        realm.defineGlobal("Iterator", ctor);
    }

    // 27.1.3.1.1 Iterator ( )
    private static Object iterator(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (newTarget == null || newTarget == f) throw f.realm().typeError("Abstract class Iterator not directly constructable");
        return ObjectOperations.ordinaryCreateFromConstructor(newTarget, Intrinsic.ITERATOR_PROTOTYPE);
    }

    // 27.1.3.2.1 Iterator.from ( O )
    private static Object from(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        IteratorRecord iteratorRecord = Iteration.getIteratorFlattenable(realm, arg(args, 0),
                Iteration.PrimitiveHandling.ITERATE_STRING_PRIMITIVES);
        if (ObjectOperations.ordinaryHasInstance(realm.intrinsic(Intrinsic.ITERATOR), iteratorRecord.iterator)) {
            return iteratorRecord.iterator;
        }
        return new WrapForValidIteratorPrototype.Wrapper(realm, iteratorRecord);
    }

    /** An iterable argument of Iterator.concat: [[OpenMethod]] and [[Iterable]]. */
    private record Iterable(Object openMethod, JSObject iterable) {}

    // Iterator.concat ( ...items )
    private static Object concat(BuiltinFunction f, Object thisArg, Object[] items, JSObject nt) {
        Realm realm = f.realm();
        Iterable[] iterables = new Iterable[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof JSObject item)) {
                throw realm.typeError(ObjectOperations.describeForError(items[i]) + " is not an object");
            }
            Object method = ObjectOperations.getMethod(item, Symbol.ITERATOR);
            if (method == Undefined.INSTANCE) throw realm.typeError(ObjectOperations.describeForError(item) + " is not iterable");
            iterables[i] = new Iterable(method, item);
        }
        return new IteratorHelperObject(realm, null, new IteratorHelperObject.Body() {
            int next;
            /** The iterator of iterables[next - 1] while it is being drained, else null. */
            IteratorRecord current;

            @Override
            public Object resume() {
                while (true) {
                    if (current == null) {
                        if (next == iterables.length) return null;
                        Iterable iterable = iterables[next++];
                        Object iter = ObjectOperations.call(iterable.openMethod(), iterable.iterable());
                        if (!(iter instanceof JSObject it)) {
                            throw realm.typeError("Result of the Symbol.iterator method is not an object");
                        }
                        current = Iteration.getIteratorDirect(it);
                    }
                    Object innerValue = Iteration.iteratorStepValue(current);
                    if (innerValue != null) return innerValue;
                    current = null;
                }
            }

            @Override
            public void resumeWithReturn() {
                if (current != null) Iteration.iteratorClose(current);
            }
        });
    }
}

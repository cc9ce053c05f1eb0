package dev.kiln.runtime.builtins.indexed;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.ArrayIteratorObject;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;

/** 23.1.5.2 The %ArrayIteratorPrototype% Object. */
public final class ArrayIteratorPrototype {
    private ArrayIteratorPrototype() {}

    static void install(Realm realm) {
        JSObject proto = new JSObject(realm.intrinsic(Intrinsic.ITERATOR_PROTOTYPE));
        BuiltinFunction next = Define.method(realm, proto, "next", 0, ArrayIteratorPrototype::next);
        Define.configurableConstant(proto, Symbol.TO_STRING_TAG, "Array Iterator");
        realm.setIntrinsic(Intrinsic.ARRAY_ITERATOR_PROTOTYPE, proto);
        realm.setIntrinsic(Intrinsic.ARRAY_ITERATOR_PROTOTYPE_NEXT, next);
    }

    // 23.1.5.2.1 %ArrayIteratorPrototype%.next ( )
    private static Object next(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        ArrayIteratorObject o = ArrayIteratorObject.check(thisArg);
        Object result = o.nextValue(f.realm());
        return result == null
                ? Iteration.createIterResultObject(f.realm(), Undefined.INSTANCE, true)
                : Iteration.createIterResultObject(f.realm(), result, false);
    }
}

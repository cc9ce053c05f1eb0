package dev.kiln.runtime.builtins.text;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.StringIteratorObject;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;

/** 22.1.5.1 The %StringIteratorPrototype% Object. */
final class StringIteratorPrototype {
    private StringIteratorPrototype() {}

    static JSObject create(Realm realm) {
        JSObject proto = new JSObject(realm.intrinsic(Intrinsic.ITERATOR_PROTOTYPE));
        Define.method(realm, proto, "next", 0, StringIteratorPrototype::next);
        Define.configurableConstant(proto, Symbol.TO_STRING_TAG, "String Iterator"); // 22.1.5.1.2
        return proto;
    }

    // 22.1.5.1.1 %StringIteratorPrototype%.next ( )
    private static Object next(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String value = StringIteratorObject.check(thisArg).nextValue();
        return value == null
                ? Iteration.createIterResultObject(f.realm(), Undefined.INSTANCE, true)
                : Iteration.createIterResultObject(f.realm(), value, false);
    }
}

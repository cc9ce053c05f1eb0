package dev.kiln.runtime.builtins.control;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Symbol;

/** 27.1.2.1 The %IteratorHelperPrototype% Object. */
final class IteratorHelperPrototype {
    private IteratorHelperPrototype() {}

    static void install(Realm realm) {
        JSObject proto = new JSObject(realm.intrinsic(Intrinsic.ITERATOR_PROTOTYPE));
        Define.method(realm, proto, "next", 0, IteratorHelperPrototype::next);
        Define.method(realm, proto, "return", 0, IteratorHelperPrototype::returnMethod);
        Define.configurableConstant(proto, Symbol.TO_STRING_TAG, "Iterator Helper");
        realm.setIntrinsic(Intrinsic.ITERATOR_HELPER_PROTOTYPE, proto);
    }

    private static IteratorHelperObject thisHelper(BuiltinFunction f, Object thisArg, String method) {
        if (thisArg instanceof IteratorHelperObject h) return h;
        throw f.realm().typeError("Method Iterator Helper.prototype." + method + " called on incompatible receiver "
                + ObjectOperations.describeForError(thisArg));
    }

    // 27.1.2.1.1 %IteratorHelperPrototype%.next ( )
    private static Object next(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        return thisHelper(f, thisArg, "next").resumeNext(f.realm());
    }

    // 27.1.2.1.2 %IteratorHelperPrototype%.return ( )
    private static Object returnMethod(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        return thisHelper(f, thisArg, "return").resumeReturn(f.realm());
    }
}

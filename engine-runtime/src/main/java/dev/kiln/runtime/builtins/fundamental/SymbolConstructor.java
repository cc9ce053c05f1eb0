package dev.kiln.runtime.builtins.fundamental;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.SymbolRegistry;
import dev.kiln.runtime.value.Undefined;

/** 20.4.1 The Symbol Constructor and 20.4.2 its properties; installs %Symbol.prototype% too. */
public final class SymbolConstructor {
    private SymbolConstructor() {}

    /** 20.4.2: the well-known symbols (6.1.5.1) as constant properties, by property name. */
    private static final Object[] WELL_KNOWN = {
        "asyncIterator", Symbol.ASYNC_ITERATOR,
        "hasInstance", Symbol.HAS_INSTANCE,
        "isConcatSpreadable", Symbol.IS_CONCAT_SPREADABLE,
        "iterator", Symbol.ITERATOR,
        "match", Symbol.MATCH,
        "matchAll", Symbol.MATCH_ALL,
        "replace", Symbol.REPLACE,
        "search", Symbol.SEARCH,
        "species", Symbol.SPECIES,
        "split", Symbol.SPLIT,
        "toPrimitive", Symbol.TO_PRIMITIVE,
        "toStringTag", Symbol.TO_STRING_TAG,
        "unscopables", Symbol.UNSCOPABLES,
    };

    public static void install(Realm realm) {
        JSObject proto = SymbolPrototype.create(realm);
        BuiltinFunction symbol = Define.constructor(realm, realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE), "Symbol", 0, proto,
                SymbolConstructor::construct);
        for (int i = 0; i < WELL_KNOWN.length; i += 2) Define.constant(symbol, WELL_KNOWN[i], WELL_KNOWN[i + 1]);
        Define.method(realm, symbol, "for", 1, SymbolConstructor::forKey);
        Define.method(realm, symbol, "keyFor", 1, SymbolConstructor::keyFor);
        realm.setIntrinsic(Intrinsic.SYMBOL_PROTOTYPE, proto);
        realm.setIntrinsic(Intrinsic.SYMBOL, symbol);
        realm.defineGlobal("Symbol", symbol);
    }

    // 20.4.1.1 Symbol ( [ description ] )
    private static Object construct(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (newTarget != null) throw f.realm().typeError("Symbol is not a constructor");
        Object description = arg(args, 0);
        return Symbol.create(description == Undefined.INSTANCE ? null : Conversion.toString(description));
    }

    // 20.4.2.2 Symbol.for ( key )
    private static Object forKey(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return SymbolRegistry.forKey(Conversion.toString(arg(args, 0)));
    }

    // 20.4.2.6 Symbol.keyFor ( sym )
    private static Object keyFor(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (!(arg(args, 0) instanceof Symbol sym)) {
            throw f.realm().typeError(ObjectOperations.describeForError(arg(args, 0)) + " is not a symbol");
        }
        // 20.4.5.1 KeyForSymbol
        String key = sym.registryKey();
        return key == null ? Undefined.INSTANCE : key;
    }
}

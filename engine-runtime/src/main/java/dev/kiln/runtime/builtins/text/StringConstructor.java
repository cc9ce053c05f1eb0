package dev.kiln.runtime.builtins.text;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.object.StringObject;
import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.NumberToString;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.StringLimits;
import dev.kiln.runtime.value.Symbol;

/**
 * 22.1.1 The String Constructor and 22.1.2 its properties; installs %String.prototype% and
 * %StringIteratorPrototype% too (after %Iterator.prototype%, which the latter inherits from).
 */
public final class StringConstructor {
    private StringConstructor() {}

    public static void install(Realm realm) {
        JSObject proto = StringPrototype.create(realm);
        BuiltinFunction string = Define.constructor(realm, realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE), "String", 1,
                proto, StringConstructor::construct);
        Define.method(realm, string, "fromCharCode", 1, StringConstructor::fromCharCode);
        Define.method(realm, string, "fromCodePoint", 1, StringConstructor::fromCodePoint);
        Define.method(realm, string, "raw", 1, StringConstructor::raw);
        realm.setIntrinsic(Intrinsic.STRING_PROTOTYPE, proto);
        realm.setIntrinsic(Intrinsic.STRING, string);
        realm.setIntrinsic(Intrinsic.STRING_ITERATOR_PROTOTYPE, StringIteratorPrototype.create(realm));
        realm.defineGlobal("String", string);
    }

    // 22.1.1.1 String ( value )
    private static Object construct(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        String s;
        if (args.length == 0) {
            s = "";
        } else {
            Object value = args[0];
            if (newTarget == null && value instanceof Symbol sym) return sym.descriptiveString();
            s = Conversion.toString(value);
        }
        if (newTarget == null) return s;
        // 10.4.3.4 StringCreate
        return new StringObject(ObjectOperations.getPrototypeFromConstructor(newTarget, Intrinsic.STRING_PROTOTYPE), s);
    }

    // 22.1.2.1 String.fromCharCode ( ...codeUnits )
    private static Object fromCharCode(BuiltinFunction f, Object thisArg, Object[] codeUnits, JSObject newTarget) {
        if (codeUnits.length == 1) return String.valueOf(Conversion.toUint16(codeUnits[0]));
        char[] result = new char[codeUnits.length];
        for (int i = 0; i < codeUnits.length; i++) result[i] = Conversion.toUint16(codeUnits[i]);
        return new String(result);
    }

    // 22.1.2.2 String.fromCodePoint ( ...codePoints )
    private static Object fromCodePoint(BuiltinFunction f, Object thisArg, Object[] codePoints, JSObject newTarget) {
        StringBuilder result = new StringBuilder(codePoints.length);
        for (Object next : codePoints) {
            double nextCP = Conversion.toNumber(next);
            if (!Comparison.isIntegralNumber(nextCP) || nextCP < 0 || nextCP > 0x10FFFF) {
                throw f.realm().rangeError("Invalid code point " + NumberToString.toString(nextCP));
            }
            result.appendCodePoint((int) nextCP);
        }
        return result.toString();
    }

    // 22.1.2.4 String.raw ( template, ...substitutions )
    private static Object raw(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        int substitutionCount = Math.max(0, args.length - 1);
        JSObject cooked = Conversion.toObject(f.realm(), arg(args, 0));
        JSObject literals = Conversion.toObject(f.realm(), cooked.get("raw", cooked));
        long literalCount = ObjectOperations.lengthOfArrayLike(literals);
        if (literalCount <= 0) return "";
        StringBuilder r = new StringBuilder();
        for (long nextIndex = 0; ; nextIndex++) {
            r.append(Conversion.toString(literals.get(PropertyKey.fromIndex(nextIndex), literals)));
            if (nextIndex + 1 == literalCount) return r.toString();
            if (nextIndex < substitutionCount) r.append(Conversion.toString(args[(int) nextIndex + 1]));
            if (r.length() > StringLimits.MAX_LENGTH) throw JSException.rangeError("Invalid string length");
            if ((nextIndex & 0xFFF) == 0xFFF) f.realm().poll();
        }
    }
}

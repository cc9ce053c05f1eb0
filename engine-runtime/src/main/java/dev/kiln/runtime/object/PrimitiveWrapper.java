package dev.kiln.runtime.object;

import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Symbol;
import java.math.BigInteger;

/**
 * A Boolean, Number, Symbol or BigInt object: an ordinary object with a [[BooleanData]],
 * [[NumberData]], [[SymbolData]] or [[BigIntData]] internal slot (20.3, 21.1, 20.4, 21.2).
 * String objects are exotic and have their own class, {@link StringObject}.
 */
public class PrimitiveWrapper extends JSObject {
    private final Object primitive;

    public PrimitiveWrapper(JSObject prototype, Object primitive) {
        super(prototype);
        this.primitive = primitive;
    }

    /** The wrapped primitive value. */
    public final Object primitiveValue() {
        return primitive;
    }

    /** 7.1.18 ToObject for a primitive (not undefined or null). */
    public static JSObject wrap(Realm realm, Object v) {
        if (v instanceof CharSequence s) return new StringObject(realm.intrinsic(Intrinsic.STRING_PROTOTYPE), s.toString());
        if (v instanceof Integer || v instanceof Double) return new PrimitiveWrapper(realm.intrinsic(Intrinsic.NUMBER_PROTOTYPE), v);
        if (v instanceof Boolean) return new PrimitiveWrapper(realm.intrinsic(Intrinsic.BOOLEAN_PROTOTYPE), v);
        if (v instanceof Symbol) return new PrimitiveWrapper(realm.intrinsic(Intrinsic.SYMBOL_PROTOTYPE), v);
        if (v instanceof BigInteger) return new PrimitiveWrapper(realm.intrinsic(Intrinsic.BIGINT_PROTOTYPE), v);
        throw new IllegalArgumentException("not a primitive: " + v);
    }

    /**
     * The prototype a primitive's wrapper would have (where GetV looks its properties up), so a
     * method call on a primitive needs no wrapper object; null for undefined and null.
     */
    public static JSObject primitivePrototype(Realm realm, Object v) {
        if (v instanceof CharSequence) return realm.intrinsic(Intrinsic.STRING_PROTOTYPE);
        if (v instanceof Integer || v instanceof Double) return realm.intrinsic(Intrinsic.NUMBER_PROTOTYPE);
        if (v instanceof Boolean) return realm.intrinsic(Intrinsic.BOOLEAN_PROTOTYPE);
        if (v instanceof Symbol) return realm.intrinsic(Intrinsic.SYMBOL_PROTOTYPE);
        if (v instanceof BigInteger) return realm.intrinsic(Intrinsic.BIGINT_PROTOTYPE);
        return null;
    }

    /**
     * The own property {@code key} a primitive's wrapper would have — a string's length and
     * characters — or null, so property reads on primitives need no wrapper object.
     */
    public static Object primitiveOwnValue(Object v, Object key) {
        if (v instanceof CharSequence s) return StringObject.stringOwnValue(s, key);
        return null;
    }

    @Override
    public String builtinTag() {
        if (primitive instanceof Boolean) return "Boolean";
        if (primitive instanceof Integer || primitive instanceof Double) return "Number";
        return "Object";
    }
}

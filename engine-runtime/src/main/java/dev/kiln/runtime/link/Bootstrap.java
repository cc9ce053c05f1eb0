package dev.kiln.runtime.link;

import dev.kiln.runtime.function.CodeHost;
import dev.kiln.runtime.function.FunctionData;
import java.lang.invoke.MethodHandle;
import java.math.BigInteger;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.realm.Realm;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The bootstrap methods of generated code's invokedynamic instructions. Each links one site of
 * one generated class; the realm comes from the class's loader, so the same class bytes link
 * correctly in every realm they are defined in.
 */
public final class Bootstrap {
    private Bootstrap() {}

    private static Realm realm(MethodHandles.Lookup caller) {
        return CodeHost.realmOf(caller.lookupClass());
    }

    /** {@code receiver.key}: (Object)Object. */
    public static CallSite getProperty(MethodHandles.Lookup caller, String name, MethodType type, String key) {
        return new PropertyGetSite(realm(caller), PropertyKey.fromString(key));
    }

    /** {@code receiver.key = value}: (Object, Object)void; {@code strict} is 1 in strict code. */
    public static CallSite setProperty(MethodHandles.Lookup caller, String name, MethodType type, String key, int strict) {
        return new PropertySetSite(realm(caller), PropertyKey.fromString(key), strict != 0);
    }

    /** A call: (Object callee, Object this, Object...)Object, or with one Object[] for spread. */
    public static CallSite call(MethodHandles.Lookup caller, String name, MethodType type, String description) {
        return new InvokeSite(realm(caller), description, type);
    }

    /** {@code new F(...)}: (Object callee, Object...)Object, or with one Object[] for spread. */
    public static CallSite construct(MethodHandles.Lookup caller, String name, MethodType type, String description) {
        return new ConstructSite(realm(caller), description, type);
    }

    /** A global name: read ()Object, typeof read ()Object, or write (Object)void. */
    public static CallSite global(MethodHandles.Lookup caller, String name, MethodType type, String identifier, int kind) {
        return new GlobalSite(realm(caller), identifier, GlobalSite.Kind.values()[kind]);
    }

    /** A function literal's shared data, as a dynamic constant of the generated class. */
    public static FunctionData functionData(MethodHandles.Lookup caller, String name, Class<?> type, MethodHandle body,
                                            MethodHandle direct, int arity, String functionName, int length, int flags,
                                            int sourceStart, int sourceEnd) {
        return new FunctionData(realm(caller), CodeHost.unitOf(caller.lookupClass()), functionName, length, flags, body,
                arity < 0 ? null : direct, arity, sourceStart, sourceEnd);
    }

    /** Entry {@code index} of the unit's constant table (values a class file cannot hold). */
    public static Object constant(MethodHandles.Lookup caller, String name, Class<?> type, int index) {
        return CodeHost.unitOf(caller.lookupClass()).constants()[index];
    }

    /** A BigInt literal. */
    public static Object bigint(MethodHandles.Lookup caller, String name, Class<?> type, String digits) {
        return new BigInteger(digits);
    }

    /** The value undefined, for a template's invalid cooked strings. */
    public static Object undefined(MethodHandles.Lookup caller, String name, Class<?> type) {
        return dev.kiln.runtime.value.Undefined.INSTANCE;
    }

    /**
     * 13.2.8.4 GetTemplateObject: the frozen array of cooked strings with its frozen raw array,
     * made once per site and realm (the dynamic constant is resolved once per class, and each
     * realm has its own class). {@code strings} holds the cooked strings, then the raw ones.
     */
    public static Object templateObject(MethodHandles.Lookup caller, String name, Class<?> type, Object... strings) {
        return TemplateObjects.create(realm(caller), strings);
    }
}

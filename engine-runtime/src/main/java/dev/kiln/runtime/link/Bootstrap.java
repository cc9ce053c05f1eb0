package dev.kiln.runtime.link;

import dev.kiln.runtime.function.CodeHost;
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

    /** A global name: read ()Object, typeof read ()Object, or write (Object)void. */
    public static CallSite global(MethodHandles.Lookup caller, String name, MethodType type, String identifier, int kind) {
        return new GlobalSite(realm(caller), identifier, GlobalSite.Kind.values()[kind]);
    }
}

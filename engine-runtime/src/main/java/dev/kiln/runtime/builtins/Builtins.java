package dev.kiln.runtime.builtins;

import dev.kiln.runtime.realm.Realm;

/**
 * Creates the built-in objects of a new realm, family by family, in the order their
 * dependencies need (CreateIntrinsics 9.3.2 and SetDefaultGlobalBindings 9.3.3). Each family
 * lives in the package of its ECMA-262 chapter and fills its intrinsics and global properties.
 */
public final class Builtins {
    private Builtins() {}

    public static void install(Realm realm) {
    }
}

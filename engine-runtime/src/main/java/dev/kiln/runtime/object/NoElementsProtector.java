package dev.kiln.runtime.object;

/**
 * Whether no object that is (or ever was) some object's [[Prototype]] has array-index
 * properties: no elements, and no index behaviour of its own (a String wrapper's characters, an
 * exotic [[Get]] or [[Set]]). While that holds, a hole of any array reads as absent and storing
 * a new element is an ordinary store, without walking the prototype chain: what every append
 * asks. Like V8's NoElementsProtector it is one flag for the whole engine (every realm), and
 * once invalidated it stays so; the fast paths then walk the chain as before.
 *
 * <p>A JSObject knows whether it is a prototype ({@link JSObject#becomePrototype}); it
 * invalidates the protector when it becomes one while having index properties, and when it
 * gets an element while being one. The flag is a plain field: objects never cross threads
 * without synchronization, and one thread sees its own writes in order.
 */
public final class NoElementsProtector {
    private static boolean intact = true;

    private NoElementsProtector() {}

    /** Whether no prototype has array-index properties. */
    public static boolean isIntact() {
        return intact;
    }

    static void invalidate() {
        intact = false;
    }
}

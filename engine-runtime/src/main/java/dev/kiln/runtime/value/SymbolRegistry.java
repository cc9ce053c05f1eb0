package dev.kiln.runtime.value;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The GlobalSymbolRegistry (ECMA-262 20.4.2.2): one list for the agent. Kiln's contexts share one
 * JVM, and node shares {@code Symbol.for} symbols across vm contexts too, so one registry serves
 * every realm.
 */
public final class SymbolRegistry {
    private static final ConcurrentHashMap<String, Symbol> REGISTRY = new ConcurrentHashMap<>();

    private SymbolRegistry() {}

    /** 20.4.2.2 Symbol.for ( key ), after ToString. */
    public static Symbol forKey(String key) {
        return REGISTRY.computeIfAbsent(key, Symbol::registered);
    }
}

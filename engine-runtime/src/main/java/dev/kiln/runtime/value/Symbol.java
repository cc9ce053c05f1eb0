package dev.kiln.runtime.value;

/**
 * A value of the Symbol type (ECMA-262 6.1.5). Identity is the symbol's identity. Well-known
 * symbols are shared by every realm of the JVM, as the spec shares them across realms.
 */
public final class Symbol {
    /** [[Description]]: a String or null for {@code Symbol()} without a description. */
    private final String description;
    /** The key in the global symbol registry for symbols made by {@code Symbol.for}, else null. */
    private final String registryKey;

    private Symbol(String description, String registryKey) {
        this.description = description;
        this.registryKey = registryKey;
    }

    public static Symbol create(String description) {
        return new Symbol(description, null);
    }

    /** Only the registry (see {@link SymbolRegistry}) creates registered symbols. */
    static Symbol registered(String key) {
        return new Symbol(key, key);
    }

    public String description() {
        return description;
    }

    public String registryKey() {
        return registryKey;
    }

    // 6.1.5.1 Well-Known Symbols
    public static final Symbol ASYNC_ITERATOR = create("Symbol.asyncIterator");
    public static final Symbol HAS_INSTANCE = create("Symbol.hasInstance");
    public static final Symbol IS_CONCAT_SPREADABLE = create("Symbol.isConcatSpreadable");
    public static final Symbol ITERATOR = create("Symbol.iterator");
    public static final Symbol MATCH = create("Symbol.match");
    public static final Symbol MATCH_ALL = create("Symbol.matchAll");
    public static final Symbol REPLACE = create("Symbol.replace");
    public static final Symbol SEARCH = create("Symbol.search");
    public static final Symbol SPECIES = create("Symbol.species");
    public static final Symbol SPLIT = create("Symbol.split");
    public static final Symbol TO_PRIMITIVE = create("Symbol.toPrimitive");
    public static final Symbol TO_STRING_TAG = create("Symbol.toStringTag");
    public static final Symbol UNSCOPABLES = create("Symbol.unscopables");
    public static final Symbol DISPOSE = create("Symbol.dispose");
    public static final Symbol ASYNC_DISPOSE = create("Symbol.asyncDispose");

    /** 20.4.3.3.1 SymbolDescriptiveString */
    public String descriptiveString() {
        return "Symbol(" + (description == null ? "" : description) + ")";
    }

    @Override
    public String toString() {
        return descriptiveString();
    }
}

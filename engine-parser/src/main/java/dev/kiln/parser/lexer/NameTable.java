package dev.kiln.parser.lexer;

/**
 * Interns identifier names straight from the source text: a hit allocates nothing, so a name that
 * occurs a thousand times is one String. Keywords are pre-entered with their token type.
 */
final class NameTable {
    private String[] names = new String[512];
    private TokenType[] types = new TokenType[512];
    private int[] hashes = new int[512];
    private int size;

    /**
     * Contextual keywords and names with early-error rules, entered first so that the table's copy is
     * the JVM-interned literal: the parser compares names to these literals with {@code ==}.
     */
    private static final String[] CONTEXTUAL = {
        "async", "await", "yield", "let", "static", "of", "get", "set", "as", "from", "target", "meta",
        "using", "constructor", "prototype", "arguments", "eval", "implements", "interface", "package",
        "private", "protected", "public", "__proto__", "with", "source", "defer", "undefined",
    };

    NameTable() {
        for (TokenType t : TokenType.values()) {
            if (t.isKeyword()) {
                String k = t.text();
                insert(k, hash(k, 0, k.length()), t);
            }
        }
        for (String k : CONTEXTUAL) {
            if (!contains(k)) insert(k, hash(k, 0, k.length()), TokenType.NAME);
        }
    }

    private boolean contains(String name) {
        int mask = names.length - 1;
        for (int i = mix(hash(name, 0, name.length())) & mask; names[i] != null; i = (i + 1) & mask) {
            if (names[i].equals(name)) return true;
        }
        return false;
    }

    static int hash(CharSequence s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + s.charAt(i);
        return h;
    }

    /** The slot of the name {@code text[start, end)} with hash {@code h}, entering it if new. */
    int lookup(String text, int start, int end, int h) {
        int mask = names.length - 1;
        int len = end - start;
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            String n = names[i];
            if (n == null) {
                return insertAt(i, text.substring(start, end), h, TokenType.NAME);
            }
            if (hashes[i] == h && n.length() == len && text.regionMatches(start, n, 0, len)) return i;
        }
    }

    /** The slot of {@code name} (a decoded name with escapes), entering it if new. */
    int lookup(String name) {
        return lookup(name, 0, name.length(), hash(name, 0, name.length()));
    }

    String name(int slot) {
        return names[slot];
    }

    TokenType type(int slot) {
        return types[slot];
    }

    private void insert(String name, int h, TokenType type) {
        int mask = names.length - 1;
        int i = mix(h) & mask;
        while (names[i] != null) i = (i + 1) & mask;
        insertAt(i, name, h, type);
    }

    private int insertAt(int i, String name, int h, TokenType type) {
        names[i] = name;
        hashes[i] = h;
        types[i] = type;
        if (++size * 2 > names.length) {
            grow();
            return lookup(name, 0, name.length(), h);
        }
        return i;
    }

    private void grow() {
        String[] oldNames = names;
        TokenType[] oldTypes = types;
        int[] oldHashes = hashes;
        names = new String[oldNames.length * 2];
        types = new TokenType[oldNames.length * 2];
        hashes = new int[oldNames.length * 2];
        size = 0;
        for (int i = 0; i < oldNames.length; i++) {
            if (oldNames[i] != null) insert(oldNames[i], oldHashes[i], oldTypes[i]);
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}

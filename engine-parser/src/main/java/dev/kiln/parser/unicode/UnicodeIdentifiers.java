package dev.kiln.parser.unicode;

/**
 * The code points of ECMAScript identifiers (ECMA-262 12.7 Names and Keywords), from this build's
 * Unicode data rather than the JDK's, so identifiers and RegExp group names follow the Unicode
 * version test262 expects.
 */
public final class UnicodeIdentifiers {
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private UnicodeIdentifiers() {
    }

    /** Loaded on the first non-ASCII code point: most identifiers never need the data. */
    private static final class Sets {
        static final CodePointSet ID_START = set("ID_Start");
        static final CodePointSet ID_CONTINUE = set("ID_Continue");

        private static CodePointSet set(String property) {
            return UnicodeProperties.codePoints(new UnicodeProperty(UnicodeProperty.Kind.BINARY, property));
        }
    }

    /** IdentifierStartChar :: UnicodeIDStart | {@code $} | {@code _} */
    public static boolean isIdentifierStart(int codePoint) {
        if (codePoint < 0x80) {
            return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z')
                    || codePoint == '$' || codePoint == '_';
        }
        return Sets.ID_START.contains(codePoint);
    }

    /** IdentifierPartChar :: UnicodeIDContinue | {@code $} | ZWNJ | ZWJ */
    public static boolean isIdentifierPart(int codePoint) {
        if (codePoint < 0x80) {
            return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z')
                    || (codePoint >= '0' && codePoint <= '9') || codePoint == '$' || codePoint == '_';
        }
        return codePoint == ZWNJ || codePoint == ZWJ || Sets.ID_CONTINUE.contains(codePoint);
    }
}

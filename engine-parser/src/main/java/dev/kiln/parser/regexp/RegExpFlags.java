package dev.kiln.parser.regexp;

/**
 * The flags of a RegExp (ECMA-262 22.2.3.1 RegExpInitialize step 4-5 and 22.2.6.4 get
 * RegExp.prototype.flags): each of {@code d g i m s u v y} at most once, and not both u and v.
 */
public record RegExpFlags(
        boolean hasIndices,
        boolean global,
        boolean ignoreCase,
        boolean multiline,
        boolean dotAll,
        boolean unicode,
        boolean unicodeSets,
        boolean sticky) {

    public static final RegExpFlags NONE = new RegExpFlags(false, false, false, false, false, false, false, false);

    /**
     * Parses a flags string. Errors report their index as {@code flagsOffset} plus the offset of the
     * offending flag (see {@link RegExpSyntaxException#index()}).
     */
    public static RegExpFlags parse(String flags, int flagsOffset) {
        boolean d = false, g = false, i = false, m = false, s = false, u = false, v = false, y = false;
        for (int k = 0; k < flags.length(); k++) {
            boolean seen;
            switch (flags.charAt(k)) {
                case 'd' -> { seen = d; d = true; }
                case 'g' -> { seen = g; g = true; }
                case 'i' -> { seen = i; i = true; }
                case 'm' -> { seen = m; m = true; }
                case 's' -> { seen = s; s = true; }
                case 'u' -> { seen = u || v; u = true; }
                case 'v' -> { seen = v || u; v = true; }
                case 'y' -> { seen = y; y = true; }
                default -> seen = true;
            }
            if (seen) throw new RegExpSyntaxException("Invalid flags '" + flags + "'", flagsOffset + k);
        }
        return new RegExpFlags(d, g, i, m, s, u, v, y);
    }

    /** u or v: the pattern is read as code points with the strict (non-Annex B) grammar. */
    public boolean unicodeMode() {
        return unicode || unicodeSets;
    }

    /** The flags in the canonical order of RegExp.prototype.flags: {@code dgimsuvy}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(8);
        if (hasIndices) sb.append('d');
        if (global) sb.append('g');
        if (ignoreCase) sb.append('i');
        if (multiline) sb.append('m');
        if (dotAll) sb.append('s');
        if (unicode) sb.append('u');
        if (unicodeSets) sb.append('v');
        if (sticky) sb.append('y');
        return sb.toString();
    }
}

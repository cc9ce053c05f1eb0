package dev.kiln.parser.internal;

/**
 * Early errors of a RegularExpressionLiteral (ECMA-262 13.2.7.2 IsValidRegularExpressionLiteral):
 * the flags here; the pattern through the RegExp pattern parser.
 */
final class RegExpChecker {
    private final ParserBase parser;

    RegExpChecker(ParserBase parser) {
        this.parser = parser;
    }

    void check(int start, String pattern, String flags) {
        int seen = 0;
        for (int i = 0; i < flags.length(); i++) {
            int bit = switch (flags.charAt(i)) {
                case 'd' -> 1;
                case 'g' -> 2;
                case 'i' -> 4;
                case 'm' -> 8;
                case 's' -> 16;
                case 'u' -> 32;
                case 'v' -> 64;
                case 'y' -> 128;
                default -> 0;
            };
            if (bit == 0 || (seen & bit) != 0) {
                throw parser.error("Invalid regular expression flags", start + pattern.length() + 2 + i);
            }
            seen |= bit;
        }
        if ((seen & 96) == 96) throw parser.error("Invalid regular expression flags", start + pattern.length() + 2);
    }
}

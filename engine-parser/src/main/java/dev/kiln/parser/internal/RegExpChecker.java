package dev.kiln.parser.internal;

import dev.kiln.parser.regexp.RegExpParser;
import dev.kiln.parser.regexp.RegExpSyntaxException;

/**
 * Early errors of a RegularExpressionLiteral (ECMA-262 13.2.7.2 IsValidRegularExpressionLiteral):
 * the flags and the pattern, checked by the RegExp pattern parser and reported at their offset in
 * the source.
 */
final class RegExpChecker {
    private final ParserBase parser;

    RegExpChecker(ParserBase parser) {
        this.parser = parser;
    }

    /** {@code start} is the offset of the literal's opening {@code /}. */
    void check(int start, String pattern, String flags) {
        try {
            RegExpParser.parse(pattern, flags);
        } catch (RegExpSyntaxException e) {
            throw parser.error("Invalid regular expression: /" + pattern + "/" + flags + ": " + e.getMessage(),
                    start + 1 + e.index());
        }
    }
}
